using System.Collections.Frozen;
using System.Globalization;

namespace Storyline.Core.Language.Time;

/// <summary>
/// The English time vocabulary (Resources/time-words.tsv), the tense cues (Resources/tense-cues.tsv)
/// and the holidays (Resources/holidays.tsv), looked up by span without allocating. English month names
/// are listed here rather than taken from <see cref="Storyline.Core.Time.MonthNames"/>: that table
/// also holds French, German and Spanish names ("Mars", "Mai") which are ordinary words in English text.
/// </summary>
public sealed class TimeLexicon
{
    private readonly FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenDictionary<string, Tense>.AlternateLookup<ReadOnlySpan<char>> _tenseCues;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _reportingCues;

    public TimeLexicon(IReadOnlyDictionary<string, TimeWord> words, IReadOnlyDictionary<string, Tense> tenseCues)
        : this(words, tenseCues, [])
    {
    }

    public TimeLexicon(
        IReadOnlyDictionary<string, TimeWord> words, IReadOnlyDictionary<string, Tense> tenseCues, IReadOnlyList<Holiday> holidays, IEnumerable<string>? reportingCues = null)
    {
        _reportingCues = (reportingCues ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var merged = new Dictionary<string, TimeWord>(words, StringComparer.OrdinalIgnoreCase);
        foreach (var holiday in holidays)
        {
            // The first word of a holiday triggers a look at the phrase.
            merged[holiday.Words[0]] = (merged.GetValueOrDefault(holiday.Words[0]) ?? new TimeWord()) with { StartsHoliday = true };
        }

        words = merged;
        Holidays = holidays;
        _words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _tenseCues = tenseCues.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static TimeLexicon Default { get; } = Load();

    /// <summary>Holidays, longest phrase first so "Christmas Eve" wins over "Christmas".</summary>
    public IReadOnlyList<Holiday> Holidays { get; }

    public TimeWord? Find(ReadOnlySpan<char> word) => _words.TryGetValue(word, out var found) ? found : null;

    /// <summary>The tense a listed word signals ("will": future, "went": past), else <see cref="Tense.Unknown"/>.</summary>
    public Tense TenseCue(ReadOnlySpan<char> word) => _tenseCues.TryGetValue(word, out var tense) ? tense : Tense.Unknown;

    /// <summary>Whether a cue is a verb of saying ("said", "told"), marked "reporting" in tense-cues.tsv.</summary>
    public bool IsReportingCue(ReadOnlySpan<char> word) => _reportingCues.Contains(word);

    /// <summary>Reads the tense cues; a malformed row fails naming its line.</summary>
    /// <param name="reporting">Receives the cues marked "reporting" in the third column, when given.</param>
    public static Dictionary<string, Tense> ParseTenseCues(TextReader reader, ICollection<string>? reporting = null)
    {
        var cues = new Dictionary<string, Tense>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, fields) in EmbeddedResource.ReadRows(reader))
        {
            if (fields is [_, _, "reporting"])
            {
                reporting?.Add(fields[0]);
            }

            cues[fields[0]] = fields is [_, "past"] or [_, "past", "reporting"] ? Tense.Past
                : fields is [_, "future"] ? Tense.Future
                : throw new InvalidDataException($"tense-cues.tsv line {line}: expected a word, 'past' or 'future', and optionally 'reporting'.");
        }

        return cues;
    }

    /// <summary>Reads the word table; a malformed row fails naming its line.</summary>
    public static Dictionary<string, TimeWord> ParseWords(TextReader reader)
    {
        var words = new Dictionary<string, TimeWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, fields) in EmbeddedResource.ReadRows(reader))
        {
            if (fields.Length < 3)
            {
                throw new InvalidDataException($"time-words.tsv line {line}: expected word, kind and value.");
            }

            var (word, kind, value) = (fields[0], fields[1], fields[2]);
            var sense = words.GetValueOrDefault(word) ?? new TimeWord();
            words[word] = kind switch
            {
                "month" => sense with { Month = Int(value, line) },
                "weekday" => sense with { Weekday = Int(value, line) },
                "number" => sense with { Number = value == "X" ? -1 : Int(value, line) },
                "ordinal" => sense with { Ordinal = Int(value, line) },
                "unit" => sense with { Unit = value },
                "season" => sense with { Season = value },
                "partofday" => sense with { PartOfDay = value },
                "deictic" => sense with { Deictic = Int(value, line) },
                "reference" => sense with { Reference = value },
                "set" => sense with { Set = value },
                "shift" => sense with { Shift = Int(value, line) },
                "position" => sense with { Position = value },
                "approx" => sense with { Approximation = value },
                "determiner" => sense with { IsDeterminer = true },
                "keyword" => sense with { IsKeyword = true },
                _ => throw new InvalidDataException($"time-words.tsv line {line}: unknown kind '{kind}'."),
            };
        }

        return words;
    }

    /// <summary>Reads the holiday table; a malformed row fails naming its line.</summary>
    public static List<Holiday> ParseHolidays(TextReader reader)
    {
        var holidays = new List<Holiday>();
        foreach (var (line, fields) in EmbeddedResource.ReadRows(reader))
        {
            var date = fields.Length == 2 ? fields[1].Split('-') : [];
            if (fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries) is not { Length: > 0 } phrase
                || date.Length is not (2 or 3) || !date.All(part => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                throw new InvalidDataException($"holidays.tsv line {line}: expected a phrase and MM-DD or MM-N-D.");
            }

            var numbers = date.Select(part => int.Parse(part, CultureInfo.InvariantCulture)).ToArray();
            holidays.Add(numbers.Length == 2
                ? new Holiday(phrase, numbers[0], numbers[1], 0, 0)
                : new Holiday(phrase, numbers[0], 0, numbers[1], numbers[2]));
        }

        return [.. holidays.OrderByDescending(h => h.Words.Count)];
    }

    private static int Int(string value, int line) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new InvalidDataException($"time-words.tsv line {line}: '{value}' is not a number.");

    private static TimeLexicon Load()
    {
        using var words = EmbeddedResource.Open("time-words.tsv");
        using var cues = EmbeddedResource.Open("tense-cues.tsv");
        using var holidays = EmbeddedResource.Open("holidays.tsv");
        var reporting = new List<string>();
        var tenseCues = ParseTenseCues(cues, reporting);
        return new TimeLexicon(ParseWords(words), tenseCues, ParseHolidays(holidays), reporting);
    }
}

using System.Collections.Frozen;
using System.Globalization;

namespace Storyline.Core.Language.Time;

/// <summary>
/// The English time vocabulary (Resources/time-words.tsv) and the irregular past-tense verbs
/// (Resources/past-tense-verbs.txt), looked up by span without allocating. English month names
/// are listed here rather than taken from <see cref="Storyline.Core.Time.MonthNames"/>: that table
/// also holds French, German and Spanish names ("Mars", "Mai") which are ordinary words in English text.
/// </summary>
public sealed class TimeLexicon
{
    private readonly FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _pastVerbs;

    public TimeLexicon(IReadOnlyDictionary<string, TimeWord> words, IEnumerable<string> pastVerbs)
    {
        _words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _pastVerbs = pastVerbs.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static TimeLexicon Default { get; } = Load();

    public TimeWord? Find(ReadOnlySpan<char> word) => _words.TryGetValue(word, out var found) ? found : null;

    public bool IsIrregularPast(ReadOnlySpan<char> word) => _pastVerbs.Contains(word);

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
                _ => throw new InvalidDataException($"time-words.tsv line {line}: unknown kind '{kind}'."),
            };
        }

        return words;
    }

    private static int Int(string value, int line) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new InvalidDataException($"time-words.tsv line {line}: '{value}' is not a number.");

    private static TimeLexicon Load()
    {
        using var words = EmbeddedResource.Open("time-words.tsv");
        using var verbs = EmbeddedResource.Open("past-tense-verbs.txt");
        var pastVerbs = EmbeddedResource.ReadRows(verbs).Select(row => row.Fields[0].Trim()).ToList();
        return new TimeLexicon(ParseWords(words), pastVerbs);
    }
}

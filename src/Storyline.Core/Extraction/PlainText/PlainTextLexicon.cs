using System.Collections.Frozen;

namespace Storyline.Core.Extraction.PlainText;

/// <summary>
/// The word lists the plain-text extractor judges lines with (Resources/plaintext-lexicon.txt):
/// navigation words, byline roles, words that are never part of a name, month names.
/// </summary>
public sealed class PlainTextLexicon
{
    private readonly FrozenDictionary<string, FrozenSet<string>> _lists;

    private PlainTextLexicon(FrozenDictionary<string, FrozenSet<string>> lists, FrozenDictionary<string, int> months)
    {
        _lists = lists;
        Months = months;
        NavWords = List("nav-word");
        RoleWords = List("role-word");
        NonNameWords = List("non-name-word");
        NameParticles = List("name-particle");
        OutletWords = List("outlet-word");
        DatelineWords = List("dateline-word");
    }

    public static PlainTextLexicon Default { get; } = LoadDefault();

    public FrozenSet<string> NavWords { get; }

    public FrozenSet<string> RoleWords { get; }

    public FrozenSet<string> NonNameWords { get; }

    public FrozenSet<string> NameParticles { get; }

    public FrozenSet<string> OutletWords { get; }

    public FrozenSet<string> DatelineWords { get; }

    /// <summary>Month name or abbreviation (lowercase) to month number.</summary>
    public FrozenDictionary<string, int> Months { get; }

    public static PlainTextLexicon Parse(TextReader reader)
    {
        var lists = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (number, fields) in EmbeddedResource.ReadRows(reader))
        {
            if (fields.Length != 2)
            {
                throw new FormatException($"Lexicon line {number}: expected 'kind<TAB>words', got {fields.Length} fields.");
            }

            var words = fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields[0].StartsWith("month-", StringComparison.Ordinal))
            {
                if (!int.TryParse(fields[0].AsSpan(6), out var month) || month is < 1 or > 12)
                {
                    throw new FormatException($"Lexicon line {number}: '{fields[0]}' is not month-1 .. month-12.");
                }

                foreach (var word in words)
                {
                    months[word] = month;
                }

                continue;
            }

            if (!lists.TryGetValue(fields[0], out var set))
            {
                lists[fields[0]] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }

            set.UnionWith(words);
        }

        return new PlainTextLexicon(
            lists.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal),
            months.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    private FrozenSet<string> List(string kind) =>
        _lists.TryGetValue(kind, out var set) ? set : FrozenSet<string>.Empty;

    private static PlainTextLexicon LoadDefault()
    {
        using var reader = EmbeddedResource.Open("plaintext-lexicon.txt");
        return Parse(reader);
    }
}

namespace Storyline.Core.Summaries;

/// <summary>The summariser's word lists (Resources/summary-stopwords.txt, summary-furniture.txt), read once.</summary>
public sealed class SummaryLexicon
{
    private static readonly Lazy<SummaryLexicon> Shared = new(Load);

    private SummaryLexicon(HashSet<string> stopwords, string[] furniture)
    {
        Stopwords = stopwords;
        FurniturePhrases = furniture;
        StopwordLookup = stopwords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static SummaryLexicon Default => Shared.Value;

    public IReadOnlySet<string> Stopwords { get; }

    public IReadOnlyList<string> FurniturePhrases { get; }

    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopwordLookup { get; }

    public bool IsFurniture(string sentence)
    {
        foreach (var phrase in FurniturePhrases)
        {
            if (sentence.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static SummaryLexicon Load() => new(
        new HashSet<string>(Lines("summary-stopwords.txt"), StringComparer.Ordinal),
        [.. Lines("summary-furniture.txt")]);

    private static IEnumerable<string> Lines(string file)
    {
        using var reader = EmbeddedResource.Open(file);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                yield return trimmed.ToLowerInvariant();
            }
        }
    }
}

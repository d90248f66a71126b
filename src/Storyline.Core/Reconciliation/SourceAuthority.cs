using System.Collections.Frozen;

namespace Storyline.Core.Reconciliation;

/// <summary>Ranks a source by its words (Resources/source-authority.tsv): advocacy words win, then humanitarian, then official.</summary>
public sealed class SourceAuthority(IReadOnlyDictionary<string, SourceRank> words)
{
    private readonly FrozenDictionary<string, SourceRank> _words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static SourceAuthority Default { get; } = new(
        EmbeddedResource.Rows("source-authority.tsv").ToDictionary(
            r => r[0],
            r => r[1] switch
            {
                "official" => SourceRank.Official,
                "humanitarian" => SourceRank.Humanitarian,
                "advocacy" => SourceRank.Advocacy,
                _ => throw new InvalidOperationException($"source-authority.tsv: unknown rank '{r[1]}' for '{r[0]}'"),
            },
            StringComparer.OrdinalIgnoreCase));

    public SourceRank Rank(IEnumerable<string> sourceWords)
    {
        var found = new HashSet<SourceRank>();
        foreach (var word in sourceWords)
        {
            if (_words.TryGetValue(word, out var rank))
            {
                found.Add(rank);
            }
        }

        return found.Contains(SourceRank.Advocacy) ? SourceRank.Advocacy
            : found.Contains(SourceRank.Humanitarian) ? SourceRank.Humanitarian
            : found.Contains(SourceRank.Official) ? SourceRank.Official
            : SourceRank.Humanitarian;
    }
}

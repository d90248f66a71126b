using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Storyline.Core.Reconciliation;

/// <summary>
/// Who a claim comes from, as a set of name words, so that "the fire service" and "Mahbub Alam, Fire
/// Service and Civil Defence" are one source: two identities are the same when one's words are all
/// among the other's. A figure an outlet states itself belongs to that outlet (to the original's
/// outlet for a wire copy).
/// </summary>
public sealed record SourceIdentity(string Name, FrozenSet<string> Words, bool IsOutlet)
{
    private static readonly FrozenSet<string> Ignored = FrozenSet.Create(
        StringComparer.Ordinal,
        "the", "a", "an", "of", "and", "in", "at", "for", "on", "to", "its", "his", "her", "their", "s", "said", "says",
        "told", "statement", "spokesman", "spokeswoman", "spokesperson", "mr", "mrs", "ms", "dr", "lt", "col", "gen",
        "national", "local", "senior", "officials", "official");

    public static SourceIdentity OfSource(string name) => new(name, WordsOf(name), IsOutlet: false);

    public static SourceIdentity OfOutlet(string outlet) => new(outlet, FrozenSet.Create(StringComparer.Ordinal, "outlet:" + outlet.ToLowerInvariant()), IsOutlet: true);

    /// <summary>The same source: one's words all among the other's (an empty set matches only itself).</summary>
    public bool Matches(SourceIdentity other)
    {
        if (Words.Count == 0 || other.Words.Count == 0)
        {
            return Words.Count == 0 && other.Words.Count == 0 && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);
        }

        var (small, large) = Words.Count <= other.Words.Count ? (Words, other.Words) : (other.Words, Words);
        return small.All(large.Contains);
    }

    /// <summary>Lower-case words without diacritics or possessives: "Aimé Mbusa's" gives "aime", "mbusa".</summary>
    public static FrozenSet<string> WordsOf(string name)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var current = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else
            {
                Flush(current, words);
            }
        }

        Flush(current, words);
        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    private static void Flush(StringBuilder current, HashSet<string> words)
    {
        if (current.Length > 0)
        {
            var word = current.ToString();
            if (!Ignored.Contains(word))
            {
                words.Add(word);
            }

            current.Clear();
        }
    }
}

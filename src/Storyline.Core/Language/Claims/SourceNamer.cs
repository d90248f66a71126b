using System.Collections.Frozen;
using Storyline.Core.Model;

namespace Storyline.Core.Language.Claims;

/// <summary>
/// Names who said a figure: the canonical name of the entity the source words are ("the ministry"
/// linked to "Interior Ministry"); for a pronoun ("he said", "it had counted"), the nearest person or
/// organisation named before it; else the source words without a leading article.
/// </summary>
internal sealed class SourceNamer(IReadOnlyList<EntityMention> mentions)
{
    /// <summary>How far back (in characters) a pronoun's antecedent is looked for.</summary>
    private const int PronounReach = 600;

    private static readonly FrozenSet<string> PersonPronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "he", "she", "who");

    private static readonly FrozenSet<string> OtherPronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "it", "they", "which", "we", "i");

    public string? Name(Attribution? attribution, string text)
    {
        if (attribution?.Source is not { } source)
        {
            return attribution?.SourceText is { } sourceText ? Tidy(sourceText) : null;
        }

        var words = Tidy(attribution.SourceText ?? source.Of(text));
        if (PersonPronouns.Contains(words) || OtherPronouns.Contains(words))
        {
            return Antecedent(source, PersonPronouns.Contains(words)) ?? words;
        }

        // A linked mention names the source only when it is most of the source words: "Bangladeshi"
        // does not name "Bangladeshi authorities".
        // A place speaking ("Bangladesh said") is its government.
        EntityMention? best = null;
        foreach (var mention in SpanIndex.Within(mentions, new TextRange(Math.Max(0, source.Start - 200), source.End)))
        {
            if (mention.Range.Overlaps(source) && (best is null || mention.Range.Length > best.Range.Length))
            {
                best = mention;
            }
        }

        if (best is null || 2 * best.Range.Length < words.Length)
        {
            return words;
        }

        return best.Type == EntityType.Location ? $"government of {best.CanonicalName}" : best.CanonicalName;
    }

    private string? Antecedent(TextRange pronoun, bool person)
    {
        EntityMention? nearest = null;
        foreach (var mention in SpanIndex.Within(mentions, new TextRange(Math.Max(0, pronoun.Start - PronounReach), pronoun.Start)))
        {
            if (mention.Range.End <= pronoun.Start
                && (person ? mention.Type == EntityType.Person : mention.Type is EntityType.Organization or EntityType.Person))
            {
                nearest = mention;
            }
        }

        return nearest?.CanonicalName;
    }

    /// <summary>
    /// The source's head phrase: whitespace collapsed, a leading "the" dropped, and what describes it
    /// cut off (an appositive after a comma or bracket, a relative clause), since the span keeps them
    /// as evidence: "Kivu Civic Watch, a network of volunteers that documents violence," is "Kivu Civic Watch".
    /// </summary>
    public static string Tidy(string words)
    {
        var collapsed = string.Join(' ', words.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        var head = collapsed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? collapsed[4..] : collapsed;
        var cut = head.IndexOfAny([',', '(', ';']);
        foreach (var relative in RelativeWords)
        {
            var at = head.IndexOf(relative, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && (cut < 0 || at < cut))
            {
                cut = at;
            }
        }

        return cut > 0 ? head[..cut].TrimEnd(' ', ',', '-', '\u2013', '\u2014') : head.TrimEnd(',');
    }

    private static readonly string[] RelativeWords = [" who ", " whose ", " which ", " that "];
}

using Storyline.Core.Model;

namespace Storyline.Core.Language.Claims;

/// <summary>
/// Names who said a figure: the canonical name of the entity the source words mention ("the
/// ministry" linked to "Interior Ministry"), else the source words without a leading article.
/// </summary>
internal sealed class SourceNamer(IReadOnlyList<EntityMention> mentions)
{
    public string? Name(Attribution? attribution, string text)
    {
        if (attribution?.Source is not { } source)
        {
            return attribution?.SourceText is { } words ? Tidy(words) : null;
        }

        // The longest linked mention inside the source span: "Deputy Commissioner Nasrin Akhter of
        // the district administration" is the person, not the administration.
        EntityMention? best = null;
        foreach (var mention in SpanIndex.Within(mentions, new TextRange(Math.Max(0, source.Start - 200), source.End)))
        {
            if (mention.Range.Overlaps(source) && mention.Type != EntityType.Location
                && (best is null || mention.Range.Length > best.Range.Length))
            {
                best = mention;
            }
        }

        return best is not null ? best.CanonicalName : Tidy(attribution.SourceText ?? source.Of(text));
    }

    /// <summary>Whitespace collapsed and a leading "the" dropped: "the  interior ministry" is "interior ministry".</summary>
    public static string Tidy(string words)
    {
        var collapsed = string.Join(' ', words.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return collapsed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? collapsed[4..] : collapsed;
    }
}

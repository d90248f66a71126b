using Storyline.Core.Model;

namespace Storyline.Core.Serialization;

/// <summary>
/// The public JSON shape of an annotated article (snake_case via <see cref="StorylineJson.Options"/>):
/// the article, then its language layers with character offsets into the article text.
/// <c>places</c> and <c>times</c> are null when no stage produced the layer, and empty when
/// the stage ran and found nothing.
/// </summary>
public sealed record AnnotationJson(
    ArticleJson Article,
    IReadOnlyList<SentenceJson> Sentences,
    IReadOnlyList<EntityMentionJson> Entities,
    IReadOnlyList<PlaceJson>? Places,
    IReadOnlyList<TimeJson>? Times)
{
    public static AnnotationJson From(Document document, long? id = null, int? version = null, string? contentHash = null)
    {
        var text = document.Text;
        var entities = document.Has(Layers.EntityMentions)
            ? document.Get(Layers.EntityMentions).Select(m => new EntityMentionJson(
                m.Range.Start, m.Range.End, m.Text, TypeName(m.Type), m.CanonicalName, m.CanonicalKey)).ToList()
            : document.Get(Layers.Entities).Select(e => new EntityMentionJson(
                e.Range.Start, e.Range.End, e.Text, TypeName(e.Type), null, null)).ToList();
        return new AnnotationJson(
            ArticleJson.From(document, id, version, contentHash),
            [.. document.Get(Layers.Sentences).Select(s => new SentenceJson(s.Range.Start, s.Range.End, s.Range.Of(text)))],
            entities,
            document.Has(Layers.Places)
                ? [.. document.Get(Layers.Places).Select(p => new PlaceJson(
                    p.Range.Start, p.Range.End, p.Text, p.Name, p.Qualifier, KindName(p.Kind), p.GeoNameId,
                    p.CountryCode, p.CountryName, p.Region, p.Latitude, p.Longitude))]
                : null,
            document.Has(Layers.TimeExpressions)
                ? [.. document.Get(Layers.TimeExpressions).Select(t => new TimeJson(
                    t.Range.Start, t.Range.End, t.Text, t.Type.ToString().ToUpperInvariant(), t.Value, t.Modifier, t.Begin, t.End))]
                : null);
    }

    /// <summary>"person", "organization", "location", "miscellaneous".</summary>
    public static string TypeName(EntityType type) => type.ToString().ToLowerInvariant();

    private static string KindName(PlaceKind kind) => kind.ToString().ToLowerInvariant();
}

using System.Globalization;
using Storyline.Core.Model;
using Storyline.Core.Serialization;

namespace Storyline.Web.Api;

/// <summary>
/// The spans the article reader highlights, every offset into the article's <c>text</c>. Claim ids
/// are the ones the story's briefing gives the same claims (<c>ARTICLE#N</c>), so a figure in a story
/// links to its span here.
/// </summary>
public sealed record ArticleAnnotationsJson(
    IReadOnlyList<EntitySpanJson> Entities,
    IReadOnlyList<PlaceSpanJson> Places,
    IReadOnlyList<TimeSpanJson> Times,
    IReadOnlyList<FigureSpanJson> Figures,
    IReadOnlyList<ClaimSpanJson> Claims,
    IReadOnlyList<AttributionSpanJson> Attributions)
{
    public static ArticleAnnotationsJson From(Document document, string articleId)
    {
        var text = document.Text;
        var entities = document.Has(Layers.EntityMentions)
            ? document.Get(Layers.EntityMentions).Select(m => new EntitySpanJson(m.Range.Start, m.Range.End, AnnotationJson.TypeName(m.Type), m.CanonicalKey, m.Text))
            : document.Get(Layers.Entities).Select(e => new EntitySpanJson(e.Range.Start, e.Range.End, AnnotationJson.TypeName(e.Type), null, e.Text));
        var number = 0;
        return new ArticleAnnotationsJson(
            [.. entities],
            [.. document.Get(Layers.Places).Select(p => new PlaceSpanJson(p.Range.Start, p.Range.End, p.Name, p.Latitude, p.Longitude, p.Text))],
            [.. document.Get(Layers.TimeExpressions).Select(t => new TimeSpanJson(t.Range.Start, t.Range.End, t.Value, t.Text))],
            [.. document.Get(Layers.Figures).Select(f => new FigureSpanJson(
                f.Range.Start, f.Range.End, f.Value, f.Low, double.IsPositiveInfinity(f.High) ? null : f.High, ClaimJson.BoundName(f.Bound), f.Unit, f.Text))],
            [.. document.Get(Layers.Claims).Select(c => new ClaimSpanJson(
                string.Create(CultureInfo.InvariantCulture, $"{articleId}#{++number}"),
                c.Figure.Range.Start, c.Figure.Range.End, c.Range.Start, c.Range.End, c.Category, c.Subject, c.Figure.Value,
                c.Figure.Low, double.IsPositiveInfinity(c.Figure.High) ? null : c.Figure.High, ClaimJson.BoundName(c.Figure.Bound),
                c.Figure.Unit, c.Attribution?.SourceText ?? c.SourceName))],
            [.. document.Get(Layers.Attributions).Select(a => new AttributionSpanJson(
                new OffsetsJson(a.Range.Start, a.Range.End),
                a.Source is { } source ? new OffsetsJson(source.Start, source.End) : null,
                new OffsetsJson(a.Content.Start, a.Content.End),
                a.Cue,
                a.Direct))]);
    }
}

public sealed record EntitySpanJson(int Start, int End, string Type, string? Key, string Text);

public sealed record PlaceSpanJson(int Start, int End, string Name, double Lat, double Lon, string Text);

public sealed record TimeSpanJson(int Start, int End, string Value, string Text);

public sealed record FigureSpanJson(int Start, int End, double Value, double Low, double? High, string Bound, string? Unit, string Text);

/// <param name="Start">The figure's start; <paramref name="ClaimStart"/> and <paramref name="ClaimEnd"/> cover the whole claim.</param>
public sealed record ClaimSpanJson(
    string Id, int Start, int End, int ClaimStart, int ClaimEnd, string Category, string? Subject, double Value, double Low, double? High,
    string Bound, string? Unit, string? Source);

public sealed record OffsetsJson(int Start, int End);

/// <param name="Cue">The cue span ("said"); <paramref name="Source"/> is null when the source is not in the text.</param>
public sealed record AttributionSpanJson(OffsetsJson Cue, OffsetsJson? Source, OffsetsJson Content, string CueText, bool Direct);

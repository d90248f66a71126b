using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Storyline.Core.Serialization;
using Storyline.Store.Stories;
using Storyline.Web.Exports;
using Storyline.Web.Hosting;

namespace Storyline.Web.Api;

/// <summary>
/// A story's downloads: the briefing as Markdown, HTML (the self-contained file <c>brief --format html</c>
/// writes) or JSON (<c>{stories: [story]}</c>, as <c>brief --out DIR --format json</c> writes), the figures
/// as CSV, the places as GeoJSON and the timeline as TimelineJS JSON.
/// </summary>
internal static class ExportEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/stories/{id}/briefing.md", (HttpContext c, StorylineData d, string id, CancellationToken t) =>
            StoredAsync(c, d, id, BriefingFormat.Markdown, "text/markdown; charset=utf-8", "md", t)).WithName("BriefingMarkdown").WithSummary("The briefing as Markdown");
        api.MapGet("/stories/{id}/briefing.html", (HttpContext c, StorylineData d, string id, CancellationToken t) =>
            StoredAsync(c, d, id, BriefingFormat.Html, "text/html; charset=utf-8", "html", t)).WithName("BriefingHtml").WithSummary("The briefing as one self-contained HTML file");
        api.MapGet("/stories/{id}/briefing.json", (HttpContext c, StorylineData d, string id, CancellationToken t) =>
            FromJsonAsync(c, d, id, "briefing.json", "application/json; charset=utf-8", story => Indented(new JsonObject { ["stories"] = new JsonArray(JsonNode.Parse(story.GetRawText())) }), t))
            .WithName("BriefingJson").WithSummary("The briefing JSON, as brief --format json writes it");
        api.MapGet("/stories/{id}/figures.csv", (HttpContext c, StorylineData d, string id, CancellationToken t) =>
            FromJsonAsync(c, d, id, "figures.csv", "text/csv; charset=utf-8", FiguresCsv.From, t)).WithName("FiguresCsv").WithSummary("The story's figures, one claim a row");
        api.MapGet("/stories/{id}/places.geojson", (HttpContext c, StorylineData d, string id, CancellationToken t) =>
            FromJsonAsync(c, d, id, "places.geojson", "application/geo+json; charset=utf-8", story => Indented(PlacesGeoJson.From(story)), t))
            .WithName("PlacesGeoJson").WithSummary("The story's places as GeoJSON points");
        api.MapGet("/stories/{id}/timeline.json", (HttpContext c, StorylineData d, string id, CancellationToken t) =>
            FromJsonAsync(c, d, id, "timeline.json", "application/json; charset=utf-8", story => Indented(TimelineJs.From(story)), t))
            .WithName("TimelineJs").WithSummary("The story's timeline in TimelineJS JSON");
    }

    private static async Task<IResult> StoredAsync(
        HttpContext context, StorylineData data, string id, BriefingFormat format, string contentType, string extension, CancellationToken cancellationToken)
    {
        await data.StoreAsync();
        return await data.Catalog.BriefingAsync(id, format, cancellationToken) is { } text
            ? TaggedResults.Bytes(context, Encoding.UTF8.GetBytes(text), contentType, $"{id}.{extension}")
            : TaggedResults.NotFound($"No story '{id}'.");
    }

    private static async Task<IResult> FromJsonAsync(
        HttpContext context, StorylineData data, string id, string name, string contentType, Func<JsonElement, string> export, CancellationToken cancellationToken)
    {
        await data.StoreAsync();
        if (await data.Catalog.BriefingAsync(id, BriefingFormat.Json, cancellationToken) is not { } json)
        {
            return TaggedResults.NotFound($"No story '{id}'.");
        }

        using var story = JsonDocument.Parse(json);
        return TaggedResults.Bytes(context, Encoding.UTF8.GetBytes(export(story.RootElement)), contentType, $"{id}-{name}");
    }

    private static string Indented(JsonNode node) => node.ToJsonString(StorylineJson.Indented);
}

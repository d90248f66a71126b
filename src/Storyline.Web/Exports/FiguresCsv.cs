using System.Text;
using System.Text.Json;

namespace Storyline.Web.Exports;

/// <summary>A story's figures as CSV, one row per claim with the quantity it belongs to and that quantity's estimate.</summary>
internal static class FiguresCsv
{
    private static readonly string[] Header =
    [
        "claim_id", "article_id", "outlet", "category", "subject", "value", "low", "high", "bound", "unit", "place", "as_of",
        "source", "group_id", "relation", "group_best", "group_low", "group_high", "independent_sources", "text", "sentence",
    ];

    /// <param name="story">The stored story JSON (<c>StoryBriefingJson</c>).</param>
    public static string From(JsonElement story)
    {
        var groups = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var group in story.GetProperty("groups").EnumerateArray())
        {
            foreach (var claim in group.GetProperty("claims").EnumerateArray())
            {
                groups[claim.GetString()!] = group;
            }
        }

        var csv = new StringBuilder();
        CsvField.Row(csv, Header);
        foreach (var claim in story.GetProperty("claims").EnumerateArray())
        {
            var id = String(claim, "id");
            var group = id is not null && groups.TryGetValue(id, out var g) ? g : (JsonElement?)null;
            CsvField.Row(
                csv,
                CsvField.Text(id),
                CsvField.Text(String(claim, "article_id")),
                CsvField.Text(String(claim, "outlet")),
                CsvField.Text(String(claim, "category")),
                CsvField.Text(String(claim, "subject")),
                CsvField.Number(Number(claim, "value")),
                CsvField.Number(Number(claim, "low")),
                CsvField.Number(Number(claim, "high")),
                CsvField.Text(String(claim, "bound")),
                CsvField.Text(String(claim, "unit")),
                CsvField.Text(claim.TryGetProperty("place", out var place) && place.ValueKind == JsonValueKind.Object ? String(place, "name") : null),
                CsvField.Text(claim.TryGetProperty("time", out var time) && time.ValueKind == JsonValueKind.Object ? String(time, "end") : null),
                CsvField.Text(claim.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.Object ? String(source, "name") ?? String(source, "text") : null),
                CsvField.Text(group is { } a ? String(a, "id") : null),
                CsvField.Text(group is { } b ? String(b, "relation") : null),
                CsvField.Number(group is { } c ? Number(c, "best") : null),
                CsvField.Number(group is { } d ? Number(d, "low") : null),
                CsvField.Number(group is { } e ? Number(e, "high") : null),
                CsvField.Number(group is { } f ? Number(f, "independent_sources") : null),
                CsvField.Text(String(claim, "text")),
                CsvField.Text(String(claim, "sentence")));
        }

        return csv.ToString();
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}

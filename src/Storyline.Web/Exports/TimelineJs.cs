using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Storyline.Web.Exports;

/// <summary>
/// A story's timeline in TimelineJS's JSON format (title slide and events with start_date parts).
/// TimelineJS renders headline and text as HTML, so every piece of article text is HTML-encoded here.
/// </summary>
internal static class TimelineJs
{
    public static JsonObject From(JsonElement story)
    {
        var events = new JsonArray();
        foreach (var entry in story.GetProperty("timeline").EnumerateArray())
        {
            if (StartDate(entry.GetProperty("date").GetString()) is not { } start)
            {
                continue;
            }

            events.Add(new JsonObject
            {
                ["start_date"] = start,
                ["text"] = new JsonObject
                {
                    ["headline"] = HtmlEncoder.Default.Encode(entry.GetProperty("date").GetString()!),
                    ["text"] = HtmlEncoder.Default.Encode(entry.GetProperty("text").GetString() ?? string.Empty),
                },
                ["unique_id"] = "entry-" + events.Count.ToString(CultureInfo.InvariantCulture),
            });
        }

        return new JsonObject
        {
            ["title"] = new JsonObject
            {
                ["text"] = new JsonObject { ["headline"] = HtmlEncoder.Default.Encode(story.GetProperty("title").GetString() ?? string.Empty) },
            },
            ["events"] = events,
        };
    }

    /// <summary>"2026-03-10", "2026-03" or "2026" as TimelineJS date parts; anything else (a week, a season) is left out.</summary>
    private static JsonObject? StartDate(string? date)
    {
        var parts = (date ?? string.Empty).Split('-');
        var numbers = new List<int>();
        foreach (var part in parts.Take(3))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return null;
            }

            numbers.Add(n);
        }

        if (numbers.Count == 0 || parts.Length > 3)
        {
            return null;
        }

        var start = new JsonObject { ["year"] = numbers[0] };
        if (numbers.Count > 1)
        {
            start["month"] = numbers[1];
        }

        if (numbers.Count > 2)
        {
            start["day"] = numbers[2];
        }

        return start;
    }
}

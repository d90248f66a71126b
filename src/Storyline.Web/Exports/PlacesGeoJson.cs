using System.Text.Json;
using System.Text.Json.Nodes;

namespace Storyline.Web.Exports;

/// <summary>A story's places as a GeoJSON FeatureCollection of points ([lon, lat], RFC 7946).</summary>
internal static class PlacesGeoJson
{
    public static JsonObject From(JsonElement story)
    {
        var features = new JsonArray();
        foreach (var place in story.GetProperty("places").EnumerateArray())
        {
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["geometry"] = new JsonObject
                {
                    ["type"] = "Point",
                    ["coordinates"] = new JsonArray(place.GetProperty("lon").GetDouble(), place.GetProperty("lat").GetDouble()),
                },
                ["properties"] = new JsonObject
                {
                    ["key"] = place.GetProperty("key").GetString(),
                    ["name"] = place.GetProperty("name").GetString(),
                    ["kind"] = place.GetProperty("kind").GetString(),
                    ["country"] = place.GetProperty("country").GetString(),
                    ["mentions"] = place.GetProperty("mentions").GetInt32(),
                    ["article_ids"] = JsonNode.Parse(place.GetProperty("article_ids").GetRawText()),
                },
            });
        }

        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
    }
}

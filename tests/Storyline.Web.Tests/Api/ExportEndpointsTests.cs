using System.Net;
using System.Text.Json;

namespace Storyline.Web.Tests.Api;

[Collection(DemoStoreCollection.Name)]
public sealed class ExportEndpointsTests(DemoStoreFixture fixture)
{
    [Fact]
    public async Task Every_export_of_a_story_downloads_in_its_format()
    {
        using var client = fixture.Host.CreateClient();
        var id = (await ApiJson.GetAsync(client, "/api/stories?order=most_covered&limit=1")).GetProperty("items")[0].GetProperty("id").GetString()!;
        var story = await ApiJson.GetAsync(client, $"/api/stories/{id}");

        var json = await ApiJson.GetAsync(client, $"/api/stories/{id}/briefing.json");
        Assert.Equal(id, Assert.Single(json.GetProperty("stories").EnumerateArray()).GetProperty("id").GetString());

        var markdown = await client.GetStringAsync($"/api/stories/{id}/briefing.md");
        Assert.Contains("## Summary", markdown, StringComparison.Ordinal);

        var geo = await ApiJson.GetAsync(client, $"/api/stories/{id}/places.geojson");
        Assert.Equal("FeatureCollection", geo.GetProperty("type").GetString());
        var features = geo.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(story.GetProperty("places").GetArrayLength(), features.Count);
        var first = features[0].GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(story.GetProperty("places")[0].GetProperty("lon").GetDouble(), first[0].GetDouble());
        Assert.Equal(story.GetProperty("places")[0].GetProperty("lat").GetDouble(), first[1].GetDouble());

        var timeline = await ApiJson.GetAsync(client, $"/api/stories/{id}/timeline.json");
        var events = timeline.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(e.GetProperty("start_date").GetProperty("year").GetInt32() > 2000));

        using var response = await client.GetAsync($"/api/stories/{id}/figures.csv");
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{id}-figures.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("claim_id,article_id,outlet,category", lines[0], StringComparison.Ordinal);
        Assert.Equal(story.GetProperty("claims").GetArrayLength() + 1, CsvRecords(csv));
    }

    [Fact]
    public async Task Exports_of_an_unknown_story_are_404()
    {
        using var client = fixture.Host.CreateClient();

        foreach (var export in new[] { "briefing.md", "briefing.html", "briefing.json", "figures.csv", "places.geojson", "timeline.json" })
        {
            using var response = await client.GetAsync($"/api/stories/story-nope/{export}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    /// <summary>Counts CSV records, honouring quoted fields that hold line breaks.</summary>
    private static int CsvRecords(string csv)
    {
        var records = 0;
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            if (csv[i] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && csv[i] == '\n')
            {
                records++;
            }
        }

        return records;
    }
}

using System.Net;

namespace Storyline.Web.Tests.Api;

[Collection(DemoStoreCollection.Name)]
public sealed class SearchEndpointsTests(DemoStoreFixture fixture)
{
    [Fact]
    public async Task Finds_articles_with_highlighted_snippet_segments_and_their_story()
    {
        using var client = fixture.Host.CreateClient();

        var results = await ApiJson.GetAsync(client, "/api/search?q=ferry%20capsized&limit=5");

        Assert.Equal("ferry capsized", results.GetProperty("query").GetString());
        var items = results.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.True(results.GetProperty("total").GetInt32() >= items.Count);
        foreach (var item in items)
        {
            Assert.StartsWith("story-", item.GetProperty("story_id").GetString(), StringComparison.Ordinal);
            var segments = item.GetProperty("snippet").EnumerateArray().ToList();
            var matched = segments.Where(s => s.GetProperty("match").GetBoolean()).Select(s => s.GetProperty("text").GetString()!.ToLowerInvariant()).ToList();
            Assert.NotEmpty(matched);
            Assert.All(matched, m => Assert.True(m.StartsWith("ferr", StringComparison.Ordinal) || m.StartsWith("capsiz", StringComparison.Ordinal), m));
            Assert.DoesNotContain(segments, s => s.GetProperty("text").GetString()!.Contains('\u0002', StringComparison.Ordinal));
        }

        var scores = items.Select(i => i.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Fact]
    public async Task Filters_by_outlet_and_dates()
    {
        using var client = fixture.Host.CreateClient();

        var all = await ApiJson.GetAsync(client, "/api/search?q=killed&limit=100");
        var outlet = all.GetProperty("items")[0].GetProperty("outlet").GetString()!;
        var one = await ApiJson.GetAsync(client, $"/api/search?q=killed&limit=100&outlet={Uri.EscapeDataString(outlet)}");
        var later = await ApiJson.GetAsync(client, "/api/search?q=killed&from=2030-01-01");

        Assert.All(one.GetProperty("items").EnumerateArray(), i => Assert.Equal(outlet, i.GetProperty("outlet").GetString()));
        Assert.True(one.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());
        Assert.Equal(0, later.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("ferry AND (")]
    [InlineData("title:ferry NEAR(")]
    [InlineData("*")]
    [InlineData("^ferry -")]
    [InlineData("")]
    public async Task Malformed_query_syntax_is_read_as_words_never_an_error(string query)
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

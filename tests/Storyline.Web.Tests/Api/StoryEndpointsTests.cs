using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Storyline.Core.Briefings;
using Storyline.Core.Model;
using Storyline.Core.Serialization;
using Storyline.Store;

namespace Storyline.Web.Tests.Api;

[Collection(DemoStoreCollection.Name)]
public sealed class StoryEndpointsTests(DemoStoreFixture fixture)
{
    [Fact]
    public async Task Lists_one_story_per_demo_event_and_the_hostile_one_latest_first()
    {
        using var client = fixture.Host.CreateClient();

        var page = await ApiJson.GetAsync(client, "/api/stories");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(5, page.GetProperty("total").GetInt32());
        Assert.Equal(5, items.Count);
        Assert.Equal(20, page.GetProperty("limit").GetInt32());
        var latest = items.Select(i => i.GetProperty("last_published").GetDateTimeOffset()).ToList();
        Assert.Equal(latest.OrderByDescending(d => d), latest);
        foreach (var item in items)
        {
            foreach (var key in new[] { "id", "title", "article_count", "outlet_count", "outlets", "first_published", "last_published", "places", "contested", "updated_at" })
            {
                Assert.True(item.TryGetProperty(key, out _), $"story list item lacks {key}");
            }
        }

        Assert.Contains(items, i => i.GetProperty("contested").GetInt32() > 0);
        Assert.Contains(items, i => i.GetProperty("places").EnumerateArray().Any(p => p.GetProperty("lat").ValueKind == JsonValueKind.Number));
    }

    [Fact]
    public async Task Pages_are_capped_and_orders_and_filters_apply()
    {
        using var client = fixture.Host.CreateClient();

        var first = await ApiJson.GetAsync(client, "/api/stories?limit=2&offset=0&order=most_covered");
        var second = await ApiJson.GetAsync(client, "/api/stories?limit=2&offset=2&order=most_covered");
        var capped = await ApiJson.GetAsync(client, "/api/stories?limit=100000");

        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Equal(4, ids.Distinct().Count());
        var counts = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("article_count").GetInt32()).ToList();
        Assert.Equal(counts.OrderByDescending(c => c), counts);
        Assert.Equal(100, capped.GetProperty("limit").GetInt32());

        var facets = await ApiJson.GetAsync(client, "/api/facets");
        var place = facets.GetProperty("places").EnumerateArray().First(p => p.GetProperty("name").GetString() == "Chāndpur");
        var byPlace = await ApiJson.GetAsync(client, $"/api/stories?place={Uri.EscapeDataString(place.GetProperty("key").GetString()!)}");
        Assert.Equal("Bangladesh ferry capsize kills at least 31, more than 100 missing", Assert.Single(byPlace.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
        var byPlaceName = await ApiJson.GetAsync(client, "/api/stories?place=ch%C4%81ndpur");
        Assert.Equal(1, byPlaceName.GetProperty("total").GetInt32());

        var byOutlet = await ApiJson.GetAsync(client, "/api/stories?outlet=vellmar%20echo");
        Assert.Equal(DemoStoreFixture.HostileTitle, Assert.Single(byOutlet.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());

        var entity = facets.GetProperty("entities").EnumerateArray().First();
        var byEntity = await ApiJson.GetAsync(client, $"/api/stories?entity={Uri.EscapeDataString(entity.GetProperty("key").GetString()!)}");
        Assert.Equal(entity.GetProperty("count").GetInt32(), byEntity.GetProperty("total").GetInt32());

        var inJune = await ApiJson.GetAsync(client, "/api/stories?from=2026-06-01&to=2026-06-01");
        Assert.Equal(DemoStoreFixture.HostileTitle, Assert.Single(inJune.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
        var none = await ApiJson.GetAsync(client, "/api/stories?from=2030-01-01");
        Assert.Equal(0, none.GetProperty("total").GetInt32());

        var byWords = await ApiJson.GetAsync(client, "/api/stories?q=ferry%20capsize");
        Assert.Contains("ferry", Assert.Single(byWords.GetProperty("items").EnumerateArray()).GetProperty("title").GetString()!, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/stories?limit=-1")]
    [InlineData("/api/stories?from=yesterday")]
    [InlineData("/api/stories?order=random")]
    [InlineData("/api/search?q=x&to=2026-13-45")]
    public async Task Bad_parameters_are_a_problem_not_a_crash(string url)
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task An_unknown_story_is_a_404_problem()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync("/api/stories/story-0000000000000000");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>
    /// The stored story is what <c>brief</c> computes: the same articles, annotated afresh and put
    /// through the same briefing builder, serialise to the same JSON.
    /// </summary>
    [Fact]
    public async Task A_story_is_the_briefing_built_afresh_from_its_articles()
    {
        using var client = fixture.Host.CreateClient();
        var list = await ApiJson.GetAsync(client, "/api/stories?order=most_covered&limit=1");
        var id = list.GetProperty("items")[0].GetProperty("id").GetString()!;

        var story = await ApiJson.GetAsync(client, $"/api/stories/{id}");

        Assert.Equal(id, story.GetProperty("id").GetString());
        await using var store = await ArticleStore.OpenAsync(fixture.Store.DatabasePath);
        var articles = new List<StoryArticle>();
        foreach (var article in story.GetProperty("articles").EnumerateArray())
        {
            var stored = await store.GetAsync(long.Parse(article.GetProperty("id").GetString()!, CultureInfo.InvariantCulture));
            articles.Add(new StoryArticle(
                article.GetProperty("id").GetString()!, fixture.Store.Pipeline.Run(stored!.Document),
                OriginArticleId: article.GetProperty("copy_of").GetString()));
        }

        var fresh = JsonSerializer.SerializeToNode(StoryBriefingJson.From(new BriefingBuilder().Build(id, articles)), StorylineJson.Options);
        Assert.True(JsonNode.DeepEquals(fresh, JsonNode.Parse(story.GetRawText())), "the stored briefing differs from a fresh build");
        foreach (var key in new[] { "summary", "timeline", "claims", "groups", "sources", "entities", "places" })
        {
            Assert.True(story.TryGetProperty(key, out _), $"story lacks {key}");
        }
    }

    [Fact]
    public async Task A_client_that_has_the_story_gets_304()
    {
        using var client = fixture.Host.CreateClient();
        var id = (await ApiJson.GetAsync(client, "/api/stories?limit=1")).GetProperty("items")[0].GetProperty("id").GetString();
        using var first = await client.GetAsync($"/api/stories/{id}");
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/stories/{id}");
        again.Headers.IfNoneMatch.Add(tag);
        using var second = await client.SendAsync(again);
        using var changed = new HttpRequestMessage(HttpMethod.Get, $"/api/stories/{id}");
        changed.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"something-else\""));
        using var third = await client.SendAsync(changed);
        using var list = new HttpRequestMessage(HttpMethod.Get, "/api/stories");
        list.Headers.IfNoneMatch.Add((await client.GetAsync("/api/stories")).Headers.ETag!);
        using var listed = await client.SendAsync(list);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, listed.StatusCode);
    }
}

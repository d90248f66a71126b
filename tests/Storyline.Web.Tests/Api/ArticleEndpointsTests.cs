using System.Net;
using System.Text.Json;

namespace Storyline.Web.Tests.Api;

[Collection(DemoStoreCollection.Name)]
public sealed class ArticleEndpointsTests(DemoStoreFixture fixture)
{
    [Fact]
    public async Task Every_annotation_offset_points_at_its_text_and_claims_match_the_story()
    {
        using var client = fixture.Host.CreateClient();
        var stories = await ApiJson.GetAsync(client, "/api/stories?order=most_covered");
        var storyId = stories.GetProperty("items")[0].GetProperty("id").GetString()!;
        var story = await ApiJson.GetAsync(client, $"/api/stories/{storyId}");
        var storyClaims = story.GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
        var checkedSpans = 0;

        foreach (var member in story.GetProperty("articles").EnumerateArray())
        {
            var article = await ApiJson.GetAsync(client, $"/api/articles/{member.GetProperty("id").GetString()}");
            var text = article.GetProperty("text").GetString()!;
            Assert.Equal(storyId, article.GetProperty("story_id").GetString());
            Assert.Equal(member.GetProperty("title").GetString(), article.GetProperty("title").GetString());
            var annotations = article.GetProperty("annotations");
            foreach (var layer in new[] { "entities", "places", "times", "figures" })
            {
                foreach (var span in annotations.GetProperty(layer).EnumerateArray())
                {
                    Assert.Equal(span.GetProperty("text").GetString(), Slice(text, span));
                    checkedSpans++;
                }
            }

            foreach (var claim in annotations.GetProperty("claims").EnumerateArray())
            {
                // The story's claim of the same id points at the same figure in the same text.
                if (storyClaims.TryGetValue(claim.GetProperty("id").GetString()!, out var inStory))
                {
                    Assert.Equal(inStory.GetProperty("start").GetInt32(), claim.GetProperty("start").GetInt32());
                    Assert.Equal(inStory.GetProperty("text").GetString(), Slice(text, claim));
                    checkedSpans++;
                }
            }

            foreach (var attribution in annotations.GetProperty("attributions").EnumerateArray())
            {
                Assert.Equal(attribution.GetProperty("cue_text").GetString(), Slice(text, attribution.GetProperty("cue")));
            }
        }

        Assert.True(checkedSpans > 50, $"only {checkedSpans} spans checked");
        Assert.True(storyClaims.Count > 0);
    }

    [Fact]
    public async Task An_unknown_article_is_a_404_problem()
    {
        using var client = fixture.Host.CreateClient();

        using var missing = await client.GetAsync("/api/articles/999999");
        using var notANumber = await client.GetAsync("/api/articles/abc");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, notANumber.StatusCode);
    }

    private static string Slice(string text, JsonElement span) =>
        text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()];
}

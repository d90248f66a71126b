using System.Net;
using System.Text.Json;

namespace Storyline.Web.Tests.Api;

/// <summary>An article whose title and text carry script tags, event handlers and javascript: links comes back as data, never as markup.</summary>
[Collection(DemoStoreCollection.Name)]
public sealed class HostileArticleTests(DemoStoreFixture fixture)
{
    [Fact]
    public async Task The_hostile_article_is_json_encoded_data_and_its_html_export_is_inert()
    {
        using var client = fixture.Host.CreateClient();
        var stories = await ApiJson.GetAsync(client, "/api/stories?outlet=Vellmar%20Echo");
        var storyId = Assert.Single(stories.GetProperty("items").EnumerateArray()).GetProperty("id").GetString()!;
        var story = await ApiJson.GetAsync(client, $"/api/stories/{storyId}");
        var articleId = story.GetProperty("articles")[0].GetProperty("id").GetString();

        using var response = await client.GetAsync($"/api/articles/{articleId}");
        var raw = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        using (var article = JsonDocument.Parse(raw))
        {
            // The words survive as text (the reader shows them as text); JSON strings carry them, nothing executes them.
            Assert.Equal(DemoStoreFixture.HostileTitle, article.RootElement.GetProperty("title").GetString());
            Assert.Contains("<img src=x onerror=alert(1)>", article.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Contains("](javascript:alert(2))", article.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        }

        using var html = await client.GetAsync($"/api/stories/{storyId}/briefing.html");
        var page = await html.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", html.Content.Headers.ContentDisposition?.DispositionType);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", html.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        using var markdown = await client.GetAsync($"/api/stories/{storyId}/briefing.md");
        var md = await markdown.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script", md, StringComparison.OrdinalIgnoreCase);
        // Markdown shows the link syntax escaped (\[the map\](...)), as text: no live javascript: link.
        Assert.DoesNotMatch(@"(?<!\\)\]\(javascript:", md);

        var timeline = await client.GetStringAsync($"/api/stories/{storyId}/timeline.json");
        Assert.DoesNotContain("<script", timeline, StringComparison.OrdinalIgnoreCase);
    }
}

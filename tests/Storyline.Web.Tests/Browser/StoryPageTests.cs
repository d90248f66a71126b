using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Storyline.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class StoryPageTests(DemoSite site)
{
    [Fact]
    public async Task The_earthquake_story_opens_from_the_list_and_shows_a_contested_figure()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("quake", System.Text.RegularExpressions.RegexOptions.IgnoreCase) }).First.ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/stories/[^/]+$"));
        await Expect(page.Locator("#story-title")).ToContainTextAsync("quake", new() { IgnoreCase = true });
        var contested = page.Locator("#figures .quantity[data-relation='contested']");
        await Expect(contested.First).ToBeVisibleAsync();
        await Expect(contested.First.Locator("h3 .badge-contested")).ToHaveTextAsync("contested");
        await Expect(page.Locator("#summary-list li a.citation").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/articles/[^/]+#span-\\d+-\\d+$"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Clicking_a_figure_lands_on_its_sentence_marked_and_in_view()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync($"/stories/{Uri.EscapeDataString(await site.StoryIdAsync("quake"))}");
        // A figure far down the table, so landing on it needs a real scroll in the reader.
        var figure = page.Locator("#figures .quantity[data-relation='contested'] table .figure-link").Last;
        var figureText = (await figure.TextContentAsync())!.Trim();
        var href = (await figure.GetAttributeAsync("href"))!;
        await figure.ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/articles/[^/]+#span-\\d+-\\d+$"));
        var target = page.Locator("#article-text .hl-target");
        await Expect(target.First).ToBeVisibleAsync();
        await Expect(target.First).ToBeInViewportAsync();
        Assert.Equal(figureText, string.Concat(await target.AllTextContentsAsync()).Trim());
        var sentence = page.Locator("#article-text .target-sentence");
        Assert.Contains(figureText, string.Concat(await sentence.AllTextContentsAsync()), StringComparison.Ordinal);
        Assert.EndsWith(href, page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_story_page_draws_its_timeline_map_and_charts()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync($"/stories/{Uri.EscapeDataString(await site.StoryIdAsync("quake"))}");
        await Expect(page.Locator("body[data-ready='true']")).ToBeAttachedAsync();

        await Expect(page.Locator("#vendor-status")).ToBeHiddenAsync();
        await Expect(page.Locator("#timeline .vis-item").First).ToBeVisibleAsync();
        await Expect(page.Locator("#map path.leaflet-interactive").First).ToBeAttachedAsync();
        await Expect(page.Locator("#map .leaflet-overlay-pane path").Nth(20)).ToBeAttachedAsync(); // the world outline's countries
        await Expect(page.Locator("#figures canvas").First).ToBeVisibleAsync();
        await Expect(page.Locator("#sources .source").First).ToBeVisibleAsync();

        var exports = await page.Locator("#exports a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(6, exports.Length);
        foreach (var href in exports)
        {
            using var response = await site.Http.GetAsync(href);
            Assert.True(response.IsSuccessStatusCode, $"export {href} answered {(int)response.StatusCode}");
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_the_vendor_libraries_the_page_says_so_and_still_shows_the_figures()
    {
        var page = await site.NewPageAsync();
        await page.RouteAsync("**/vendor/**", route => route.FulfillAsync(new() { Status = 404, Body = "missing" }));
        await page.GotoAsync($"/stories/{Uri.EscapeDataString(await site.StoryIdAsync("quake"))}");

        var notice = page.Locator("#vendor-status");
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToContainTextAsync("tools/web-assets/install.sh");
        await Expect(notice).ToContainTextAsync("Leaflet");
        await Expect(page.Locator("#figures .quantity h3 .badge-contested").First).ToBeVisibleAsync();
        await Expect(page.Locator("#timeline-list li").First).ToBeAttachedAsync();
        await page.Context.CloseAsync();
    }
}

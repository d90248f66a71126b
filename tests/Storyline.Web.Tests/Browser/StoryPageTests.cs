using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Storyline.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed partial class StoryPageTests(DemoSite site)
{
    /// <summary>Reports a quantity shows before its "All N reports" (js/story/figures.js HEADLINE_REPORTS).</summary>
    private const int HeadlineReports = 3;

    /// <summary>The relations whose quantities come first, in this order.</summary>
    private static readonly string[] FirstRelations = ["contested", "updated", "refined"];

    [Fact]
    public async Task The_earthquake_story_opens_from_the_list_and_shows_a_contested_figure()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("quake", RegexOptions.IgnoreCase) }).First.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/stories/[^/]+$"));
        await Expect(page.Locator("#story-title")).ToContainTextAsync("quake", new() { IgnoreCase = true });
        var contested = page.Locator("#figures .quantity[data-relation='contested']");
        await Expect(contested.First).ToBeVisibleAsync();
        await Expect(contested.First.Locator("h3 .badge-contested")).ToHaveTextAsync("contested");
        await Expect(page.Locator("#summary-list li a.citation").First).ToHaveAttributeAsync("href", SpanLink());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Quantities_that_need_a_look_come_first_with_their_headline_and_the_rest_folded()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync(await QuakeAsync());
        await Expect(page.Locator("body[data-ready='true']")).ToBeAttachedAsync();

        var relations = await page.Locator("#figures .quantity").EvaluateAllAsync<string[]>("blocks => blocks.map(b => b.dataset.relation)");
        var ranks = relations.Select(relation => Array.IndexOf(FirstRelations, relation) switch { -1 => FirstRelations.Length, var rank => rank }).ToList();
        Assert.Equal(ranks.Order(), ranks);
        Assert.Equal("contested", relations[0]);

        foreach (var block in await page.Locator("#figures .quantity").AllAsync())
        {
            await Expect(block.Locator("h3 .badge")).ToBeVisibleAsync();
            await Expect(block.Locator(".estimate")).ToContainTextAsync(new Regex(@"Estimate \S+.* independent sources? · \d+ reports?"));
            Assert.InRange(await block.Locator(":scope > .table-scroll tbody tr").CountAsync(), 1, HeadlineReports);
            var more = block.Locator(":scope > details.all-reports");
            if (await more.CountAsync() == 1)
            {
                Assert.False(await more.EvaluateAsync<bool>("d => d.open"), "quantities start folded");
            }
        }

        // Folded or not, every claim of the story is on the page exactly once, linked to its span.
        using var story = await StoryJsonAsync();
        var grouped = story.RootElement.GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("claims").GetArrayLength());
        var links = await page.Locator("#figures .quantity table .figure-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(grouped, links.Length);
        Assert.All(links, href => Assert.Matches(SpanLink(), href));
        Assert.Equal(links.Length, links.Distinct().Count());

        // The point of folding: the phone page is a few screens, not fourteen thousand pixels.
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        Assert.True(height < 9000, $"the story page is {height}px tall at 390px wide");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Clicking_a_figure_lands_on_its_sentence_marked_and_in_view()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(await QuakeAsync());
        var contested = page.Locator("#figures .quantity[data-relation='contested']").First;
        var more = contested.Locator(":scope > details.all-reports");

        // The folded reports open from the keyboard: focus the summary, press Enter.
        await more.Locator(":scope > summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(more).ToHaveAttributeAsync("open", string.Empty);

        // A figure far down the folded table, so landing on it needs a real scroll in the reader.
        var figure = more.Locator("table .figure-link").Last;
        await Expect(figure).ToBeVisibleAsync();
        var figureText = (await figure.TextContentAsync())!.Trim();
        var href = (await figure.GetAttributeAsync("href"))!;
        await figure.ClickAsync();

        await Expect(page).ToHaveURLAsync(SpanLink());
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
    public async Task Every_summary_sentence_cites_its_own_span_and_the_citation_lands_on_it()
    {
        using var story = await StoryJsonAsync();
        var summary = story.RootElement.GetProperty("summary").EnumerateArray().ToList();
        var page = await site.NewPageAsync();
        await page.GotoAsync(await QuakeAsync());
        await Expect(page.Locator("body[data-ready='true']")).ToBeAttachedAsync();

        var hrefs = await page.Locator("#summary-list li a.citation").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(summary.Count, hrefs.Length);
        for (var i = 0; i < summary.Count; i++)
        {
            var expected = $"/articles/{Uri.EscapeDataString(summary[i].GetProperty("article_id").GetString()!)}" +
                $"#span-{summary[i].GetProperty("start").GetInt32()}-{summary[i].GetProperty("end").GetInt32()}";
            Assert.Equal(expected, hrefs[i]);
        }

        var last = summary.Count - 1;
        await page.Locator("#summary-list li a.citation").Nth(last).ClickAsync();
        await Expect(page).ToHaveURLAsync(SpanLink());
        var target = page.Locator("#article-text .hl-target");
        await Expect(target.First).ToBeInViewportAsync();
        Assert.Equal(Folded(summary[last].GetProperty("text").GetString()!), Folded(string.Concat(await target.AllTextContentsAsync())));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_briefing_cached_without_summary_spans_still_cites_the_sentence_it_finds()
    {
        var page = await site.NewPageAsync();
        using var story = await StoryJsonAsync();
        var json = story.RootElement.GetRawText();
        // A briefing persisted before summaries carried start/end: the same JSON without those two keys.
        var old = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        foreach (var sentence in old["summary"]!.AsArray())
        {
            sentence!.AsObject().Remove("start");
            sentence.AsObject().Remove("end");
        }

        await page.RouteAsync("**/api/stories/*", route => route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = old.ToJsonString() }));
        await page.GotoAsync(await QuakeAsync());
        await Expect(page.Locator("body[data-ready='true']")).ToBeAttachedAsync();
        var hrefs = await page.Locator("#summary-list li a.citation").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, href => Assert.Matches("^/articles/[^/#]+(#span-\\d+-\\d+)?$", href));
        Assert.Contains(hrefs, href => SpanLink().IsMatch(href));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_story_page_draws_its_timeline_map_and_charts()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(await QuakeAsync());
        await Expect(page.Locator("body[data-ready='true']")).ToBeAttachedAsync();

        await Expect(page.Locator("#vendor-status")).ToBeHiddenAsync();
        await Expect(page.Locator("#timeline .vis-item").First).ToBeVisibleAsync();
        await Expect(page.Locator("#map path.leaflet-interactive").First).ToBeAttachedAsync();
        await Expect(page.Locator("#map .leaflet-overlay-pane path").Nth(20)).ToBeAttachedAsync(); // the world outline's countries
        await Expect(page.Locator("#sources .source").First).ToBeVisibleAsync();

        // Charts are drawn when their quantity opens, not before.
        Assert.Equal(0, await page.Locator("#figures canvas").CountAsync());
        var charted = page.Locator("#figures details.all-reports:has(> summary :text('chart'))").First;
        await charted.Locator(":scope > summary").ClickAsync();
        await Expect(charted.Locator("canvas")).ToBeVisibleAsync();
        await Expect(page.Locator("#figures canvas")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page, "story-quantity-open-desktop-1280x800");

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
        await page.GotoAsync(await QuakeAsync());

        var notice = page.Locator("#vendor-status");
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToContainTextAsync("tools/web-assets/install.sh");
        await Expect(notice).ToContainTextAsync("Leaflet");
        await Expect(page.Locator("#figures .quantity h3 .badge-contested").First).ToBeVisibleAsync();
        await Expect(page.Locator("#timeline-list li").First).ToBeAttachedAsync();

        var charted = page.Locator("#figures details.all-reports:has(> summary :text('chart'))").First;
        await charted.Locator(":scope > summary").ClickAsync();
        await Expect(charted.Locator(".chart-host")).ToContainTextAsync("Chart.js");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("/articles/[^/]+#span-\\d+-\\d+$")]
    private static partial Regex SpanLink();

    private static string Folded(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private async Task<string> QuakeAsync() => $"/stories/{Uri.EscapeDataString(await site.StoryIdAsync("quake"))}";

    private async Task<JsonDocument> StoryJsonAsync() =>
        JsonDocument.Parse(await site.Http.GetStringAsync($"/api{await QuakeAsync()}"));
}

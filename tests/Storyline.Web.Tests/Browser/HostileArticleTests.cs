using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Storyline.Web.Tests.Browser;

/// <summary>The hostile article's payloads reach every page that shows it and must run on none.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileArticleTests(DemoSite site)
{
    [Fact]
    public async Task The_reader_shows_the_hostile_article_as_text_and_runs_nothing()
    {
        var id = await site.ArticleIdAsync(HostileArticle.Marker);
        var page = await site.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };

        var response = await page.GotoAsync($"/articles/{Uri.EscapeDataString(id)}");
        await Expect(page.Locator("body[data-ready='true']")).ToBeAttachedAsync();
        await Expect(page.Locator("#article-text")).ToContainTextAsync(HostileArticle.Marker);

        var csp = await response!.HeaderValueAsync("content-security-policy");
        Assert.NotNull(csp);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        await AssertInertAsync(page, dialogs);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_results_and_the_story_list_show_the_hostile_title_as_text()
    {
        var page = await site.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };

        await page.GotoAsync($"/search?q={HostileArticle.Marker}");
        await Expect(page.Locator("#results .result").First).ToBeVisibleAsync();
        await AssertInertAsync(page, dialogs);

        await page.GotoAsync($"/?q={HostileArticle.Marker}");
        await Expect(page.Locator("#story-list .story-card").First).ToBeVisibleAsync();
        var storyLink = page.Locator("#story-list .story-card h2 a").First;
        await AssertInertAsync(page, dialogs);

        await storyLink.ClickAsync();
        await Expect(page.Locator("body[data-ready='true']")).ToBeAttachedAsync();
        await AssertInertAsync(page, dialogs);
        await page.Context.CloseAsync();
    }

    private static async Task AssertInertAsync(IPage page, List<string> dialogs)
    {
        // Give any late payload (an image's onerror, a timer) the chance to fire.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Empty(dialogs);
        var handlers = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length");
        Assert.Equal(0, handlers);
        var scripts = await page.EvaluateAsync<string[]>(
            "() => [...document.scripts].map(s => s.getAttribute('src') ?? 'inline')");
        Assert.All(scripts, src => Assert.Matches("^/(js|vendor)/", src));
        var unsafeLinks = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('[href],[src]')].filter(e => /^\\s*(javascript|data|vbscript):/i.test(e.getAttribute('href') ?? e.getAttribute('src'))).length");
        Assert.Equal(0, unsafeLinks);
        Assert.Equal(0, await page.Locator("main iframe, main img, main svg script, main object, main embed").CountAsync());
    }
}

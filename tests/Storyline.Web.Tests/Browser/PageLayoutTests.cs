using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Storyline.Web.Tests.Browser;

/// <summary>
/// Every page at a laptop (1280x800) and a phone (390x844) viewport: it renders, nothing spills
/// sideways off the screen, every form field has a label, nothing logs an error, and two screenshots
/// are saved: the viewport as first seen and the full page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageLayoutTests(DemoSite site)
{
    public static TheoryData<string, int, int> Viewports => new()
    {
        { "desktop", 1280, 800 },
        { "phone", 390, 844 },
    };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Every_page_fits_the_viewport_and_is_saved_as_a_screenshot(string device, int width, int height)
    {
        var story = Uri.EscapeDataString(await site.StoryIdAsync("quake"));
        var article = Uri.EscapeDataString(await site.ArticleIdAsync("aftershock"));
        var pages = new (string Name, string Path)[]
        {
            ("stories", "/"),
            ("story", $"/stories/{story}"),
            ("article", $"/articles/{article}"),
            ("search", "/search?q=death+toll"),
            ("ingest", "/ingest"),
        };

        var page = await site.NewPageAsync(width, height);
        var console = ConsoleErrors.Watch(page);
        foreach (var (name, path) in pages)
        {
            await page.GotoAsync(path);
            await Expect(page.Locator("body[data-ready='true']")).ToBeAttachedAsync(new() { Timeout = 15_000 });
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Expect(page.Locator("h1")).ToBeVisibleAsync();
            await Expect(page.Locator("#status[data-kind='error']")).ToHaveCountAsync(0);
            var size = await page.EvaluateAsync<int[]>("() => [window.innerWidth, window.innerHeight]");
            Assert.Equal([width, height], size);
            await Screenshots.SaveViewportAsync(page, $"{name}-{device}-{width}x{height}");
            await Screenshots.SaveAsync(page, $"{name}-{device}-{width}x{height}");

            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 1, $"{name} at {width}x{height} is {overflow}px wider than the viewport");
            var unlabelled = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('main input, main select, main textarea')]" +
                ".filter(f => f.type !== 'hidden' && !(f.labels && f.labels.length) && !f.getAttribute('aria-label')).map(f => f.id || f.name)");
            Assert.Empty(unlabelled);
        }

        Assert.True(console.Errors.Count == 0, string.Join(Environment.NewLine, console.Errors));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_keyboard_reaches_the_skip_link_first_and_it_moves_focus_to_the_content()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(".skip-link")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#main$"));
        await page.Context.CloseAsync();
    }
}

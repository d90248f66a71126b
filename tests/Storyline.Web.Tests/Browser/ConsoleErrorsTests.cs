using static Microsoft.Playwright.Assertions;

namespace Storyline.Web.Tests.Browser;

/// <summary>The console watch drops vis-timeline's style refusals only: the same refusal from anywhere else, and any other error, still count.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsoleErrorsTests(DemoSite site)
{
    [Fact]
    public async Task Only_vis_timelines_refused_styles_are_ignored()
    {
        var page = await site.NewPageAsync();
        var console = ConsoleErrors.Watch(page);
        await page.GotoAsync($"/stories/{Uri.EscapeDataString(await site.StoryIdAsync("quake"))}");
        await Expect(page.Locator("#timeline .vis-item").First).ToBeVisibleAsync();
        Assert.True(console.Errors.Count == 0, string.Join(Environment.NewLine, console.Errors));

        // A style element from any other script is refused by the same CSP rule, and must be reported.
        await page.RunAndWaitForConsoleMessageAsync(
            () => page.EvaluateAsync("() => { const style = document.createElement('style'); style.textContent = 'p { color: red }'; document.head.append(style); }"),
            new() { Predicate = message => message.Text.Contains("inline style", StringComparison.Ordinal) });
        await page.RunAndWaitForConsoleMessageAsync(
            () => page.EvaluateAsync("() => console.error('a real error')"),
            new() { Predicate = message => message.Text == "a real error" });
        Assert.Contains(console.Errors, error => error.Contains("a real error", StringComparison.Ordinal));
        Assert.Contains(console.Errors, error => error.Contains("inline style", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }
}

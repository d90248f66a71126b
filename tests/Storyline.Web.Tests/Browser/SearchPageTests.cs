using static Microsoft.Playwright.Assertions;

namespace Storyline.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(DemoSite site)
{
    [Fact]
    public async Task Searching_from_the_form_shows_results_with_the_words_highlighted()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/search");
        await page.GetByLabel("Words").FillAsync("aftershock");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/search\\?q=aftershock"));
        var marks = page.Locator("#results .snippet mark");
        await Expect(marks.First).ToBeVisibleAsync();
        await Expect(marks.First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^aftershock", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        await Expect(page.Locator("#results .result h2 a").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/articles/"));
        await page.Context.CloseAsync();
    }
}

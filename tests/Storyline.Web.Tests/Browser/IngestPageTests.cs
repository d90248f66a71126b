using static Microsoft.Playwright.Assertions;

namespace Storyline.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class IngestPageTests(DemoSite site)
{
    private const string Marker = "Zelvonka";

    [Fact]
    public async Task Ingesting_without_the_token_is_refused_and_stores_nothing()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync("/ingest");
        await page.GetByLabel("Title").FillAsync($"{Marker} bridge closed");
        await page.GetByLabel("Text").FillAsync($"The {Marker} bridge was closed on Monday after 3 cracks were found, the council said.");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Ingest" }).ClickAsync();

        await Expect(page.Locator("#status")).ToContainTextAsync("401");
        await Expect(page.Locator("#ingest-results")).ToBeHiddenAsync();
        Assert.DoesNotContain("token", page.Url, StringComparison.OrdinalIgnoreCase);
        var search = await site.Http.GetStringAsync($"/api/search?q={Marker}");
        Assert.Contains("\"total\":0", search.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_token_is_refused_and_the_token_stays_out_of_the_address()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/ingest");
        await page.GetByLabel("Text").FillAsync($"The {Marker} ferry was late on Tuesday, the operator said.");
        await page.GetByLabel("Token").FillAsync("not-the-token");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Ingest" }).ClickAsync();

        await Expect(page.Locator("#status")).ToContainTextAsync("401");
        Assert.DoesNotContain("not-the-token", page.Url, StringComparison.Ordinal);
        Assert.Equal("not-the-token", await page.EvaluateAsync<string>("() => sessionStorage.getItem('storyline.token')"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Pasted_text_with_the_token_is_saved_and_its_markup_stays_text_in_the_reader()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/ingest");
        await page.GetByLabel("Title").FillAsync("<b>Quorvanti</b> pasted <script>window.__pwned=23</script>");
        await page.GetByLabel("Outlet").FillAsync("Lantern Bay Gazette");
        await page.GetByLabel("Text").FillAsync(HostileArticle.PastedText);
        await page.GetByLabel("Token").FillAsync(DemoSite.Token);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Ingest" }).ClickAsync();

        var row = page.Locator("#ingest-items tr").First;
        await Expect(row).ToHaveAttributeAsync("data-status", new System.Text.RegularExpressions.Regex("^(saved|unchanged)$"), new() { Timeout = 60_000 });
        await row.Locator("a").ClickAsync();
        await Expect(page.Locator("#article-text")).ToContainTextAsync("<script>window.__pwned=20</script>");
        await Expect(page.Locator("#article-title")).ToContainTextAsync("<b>Quorvanti</b>");
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Equal(DemoSite.Token, await page.EvaluateAsync<string>("() => sessionStorage.getItem('storyline.token')"));
        await page.Context.CloseAsync();
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Storyline.Web.Tests.Api;

namespace Storyline.Web.Tests.Browser;

/// <summary>
/// One real server and one real browser for the whole browser suite: a SQLite store filled by the
/// real ingest of the repository's demo corpus (samples/) plus <see cref="HostileArticle"/> and the
/// stories refreshed (<see cref="TestStore"/>), Kestrel on a free loopback port, and Debian's Chromium.
/// </summary>
public sealed class DemoSite : IAsyncLifetime
{
    public const string Token = "browser-suite-token";

    private readonly TestStore store = new();
    private WebApplication? app;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // The browser first: a missing Chromium should fail fast with its message, before any ingest work.
        (playwright, Browser) = await ChromiumLauncher.LaunchAsync();

        var hostile = Path.Combine(store.Folder, "lantern-bay-gazette-quorvanti-fire.html");
        await File.WriteAllTextAsync(hostile, HostileArticle.Html);
        await store.IngestAsync(TestStore.Samples(), hostile);

        app = StorylineWebApp.Build(new WebOptions { DatabasePath = store.DatabasePath, Port = 0, WriteToken = Token });
        await app.StartAsync();
        BaseAddress = new Uri(app.Urls.First(url => url.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)));
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>A fresh page (own context: no shared storage or cookies) at the given viewport.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    /// <summary>The id of the first story whose title contains the words.</summary>
    public async Task<string> StoryIdAsync(string titleWords)
    {
        using var document = JsonDocument.Parse(await Http.GetStringAsync("/api/stories?limit=100"));
        foreach (var item in document.RootElement.GetProperty("items").EnumerateArray())
        {
            if (item.GetProperty("title").GetString()?.Contains(titleWords, StringComparison.OrdinalIgnoreCase) == true)
            {
                return item.GetProperty("id").GetString()!;
            }
        }

        throw new InvalidOperationException($"No story titled with '{titleWords}' in the demo store.");
    }

    /// <summary>The id of the first article that search finds for the words.</summary>
    public async Task<string> ArticleIdAsync(string words)
    {
        using var document = JsonDocument.Parse(await Http.GetStringAsync($"/api/search?q={Uri.EscapeDataString(words)}"));
        var items = document.RootElement.GetProperty("items");
        if (items.GetArrayLength() == 0)
        {
            throw new InvalidOperationException($"Search finds no article for '{words}' in the demo store.");
        }

        var id = items[0].GetProperty("article_id");
        return id.ValueKind == JsonValueKind.Number ? id.GetRawText() : id.GetString()!;
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        store.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<DemoSite>
{
    public const string Name = "browser";
}

using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Storyline.Core.Extraction;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;
using Storyline.Ingest;
using Storyline.Ingest.Pipeline;
using Storyline.Store;
using Storyline.Store.Stories;

namespace Storyline.Web.Tests.Browser;

/// <summary>
/// One real server and one real browser for the whole browser suite: a SQLite store filled by the
/// real ingest of the repository's demo corpus (samples/) plus <see cref="HostileArticle"/>, the
/// stories refreshed, Kestrel on a free loopback port, and Debian's Chromium.
/// </summary>
public sealed class DemoSite : IAsyncLifetime
{
    public const string Token = "browser-suite-token";

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"storyline-browser-{Guid.NewGuid():N}");
    private WebApplication? app;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // The browser first: a missing Chromium should fail fast with its message, before any ingest work.
        (playwright, Browser) = await ChromiumLauncher.LaunchAsync();

        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "store.db");
        var hostile = Path.Combine(folder, "hostile");
        Directory.CreateDirectory(hostile);
        await File.WriteAllTextAsync(Path.Combine(hostile, "lantern-bay-gazette-quorvanti-fire.html"), HostileArticle.Html);
        await SeedAsync(database, [Path.Combine(RepositoryPaths.Root(), "samples"), hostile]);

        app = StorylineWebApp.Build(new WebOptions { DatabasePath = database, Port = 0, WriteToken = Token });
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
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pool is left to the OS temp cleaner rather than failing the suite.
        }
    }

    /// <summary>The same steps as <c>storyline ingest</c> followed by the server's story refresh.</summary>
    private static async Task SeedAsync(string database, IReadOnlyList<string> inputs)
    {
        var annotator = StandardPipeline.Create();
        await using var store = await ArticleStore.OpenAsync(database);
        var ingest = new IngestPipeline(
            new InputReader(new IngestOptions()), new ArticleExtractor(), store, parallelism: 2, annotator: annotator);
        var annotated = new Dictionary<long, Document>();
        var failures = new List<string>();
        await ingest.RunAsync(inputs, null, outcome =>
        {
            switch (outcome)
            {
                case SavedItem saved:
                    annotated[saved.Result.ArticleId] = saved.Document;
                    break;
                case FailedIngestItem failed:
                    failures.Add($"{failed.Origin}: {failed.Problem}");
                    break;
            }
        }, CancellationToken.None);
        if (annotated.Count == 0)
        {
            throw new InvalidOperationException($"The demo corpus ingested nothing: {string.Join("; ", failures)}");
        }

        await new StoryRefresher(store, annotator).RefreshAsync(annotated);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<DemoSite>
{
    public const string Name = "browser";
}

using Storyline.Core.Extraction;
using Storyline.Core.Pipeline;
using Storyline.Ingest;
using Storyline.Ingest.Pipeline;
using Storyline.Store;
using Storyline.Store.Stories;

namespace Storyline.Web.Tests.Api;

/// <summary>A real SQLite store in a temp folder, filled through the real ingest pipeline and story refresh; removed afterwards.</summary>
public sealed class TestStore : IDisposable
{
    public TestStore()
    {
        Folder = Path.Combine(Path.GetTempPath(), "storyline-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DatabasePath = Path.Combine(Folder, "store.db");
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    /// <summary>The language pipeline, created once per store (it loads models).</summary>
    public DocumentPipeline Pipeline { get; } = StandardPipeline.Create();

    /// <summary>Ingests <paramref name="inputs"/> (files, folders) as <c>storyline ingest</c> does, then refreshes the stories.</summary>
    public async Task IngestAsync(params string[] inputs)
    {
        await using var store = await ArticleStore.OpenAsync(DatabasePath);
        var pipeline = new IngestPipeline(new InputReader(new IngestOptions()), new ArticleExtractor(), store, parallelism: 2, annotator: Pipeline);
        var annotated = new AnnotatedDocuments();
        await pipeline.RunAsync(inputs, null, outcome =>
        {
            if (outcome is SavedItem saved)
            {
                annotated.Add(saved);
            }
        }, CancellationToken.None);
        await new StoryRefresher(store, Pipeline).RefreshAsync(annotated.Documents);
    }

    public string WritePage(string name, string outlet, string title, string published, params string[] paragraphs)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, $"""
            <!doctype html>
            <html lang="en"><head><title>{title}</title>
            <link rel="canonical" href="https://{outlet.Replace(' ', '-').ToLowerInvariant()}.test/{Path.GetFileNameWithoutExtension(name)}">
            <meta property="og:site_name" content="{outlet}">
            <meta property="article:published_time" content="{published}"></head>
            <body><article><h1>{title}</h1>{string.Concat(paragraphs.Select(p => $"<p>{p}</p>\n"))}</article></body></html>
            """);
        return path;
    }

    public static string Samples()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Storyline.slnx")) && Directory.Exists(Path.Combine(directory.FullName, "samples")))
            {
                return Path.Combine(directory.FullName, "samples");
            }
        }

        throw new InvalidOperationException($"The demo corpus (samples/) was not found above {AppContext.BaseDirectory}.");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Leftovers in the temp folder are harmless; never fail a test over cleanup.
        }
    }
}

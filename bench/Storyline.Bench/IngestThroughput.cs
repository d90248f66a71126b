using System.Diagnostics;
using System.Globalization;
using Storyline.Core.Extraction;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;
using Storyline.Core.Stories;
using Storyline.Store;

namespace Storyline.Bench;

/// <summary>
/// Articles per second of the whole ingest path on a generated stream: plain-text extraction, the
/// standard language pipeline (on all cores, as <c>ingest</c> does), saving each article with its
/// mentions to a fresh SQLite store, and online story clustering. The stream is timed in ten blocks
/// so a cost that grows with the store shows as later blocks getting slower; peak working set is
/// read at the end of each run.
/// </summary>
internal static class IngestThroughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = (Option(args, "--articles") ?? "10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        await RunOnceAsync(1_000, seed: 1, report: false);
        foreach (var size in sizes)
        {
            Console.WriteLine();
            Console.WriteLine($"{size:N0} generated articles");
            await RunOnceAsync(size, seed: 20261123, report: true);
        }

        return 0;
    }

    private static async Task RunOnceAsync(int count, int seed, bool report)
    {
        var path = Path.Combine(Path.GetTempPath(), $"storyline-bench-{Guid.NewGuid():N}.db");
        try
        {
            await using var store = await ArticleStore.OpenAsync(path);
            var extractor = new ArticleExtractor();
            var pipeline = StandardPipeline.Create();
            var clusterer = new StoryClusterer();
            var blockSize = Math.Max(count / 10, 1);
            var started = Stopwatch.GetTimestamp();
            var first = 0;
            foreach (var block in GeneratedStories.Articles(count, seed).Chunk(blockSize))
            {
                var blockStarted = Stopwatch.GetTimestamp();

                // Extraction and annotation in parallel, saving and clustering in stream order, as ingest does.
                var documents = new Document[block.Length];
                Parallel.For(0, block.Length, i =>
                {
                    var article = block[i];
                    var source = new SourceDocument(
                        article.Title + "\n\n" + article.Body, SourceFormat.PlainText, null, new ArticleHints(article.Title, "Generated Wire", article.Published));
                    documents[i] = pipeline.Run(extractor.Extract(source));
                });
                foreach (var document in documents)
                {
                    // Saves the article and its entity and place mentions in one transaction.
                    var saved = await store.SaveAsync(document, origin: null);
                    clusterer.Add(ArticleProfile.From(document, saved.ArticleId.ToString(CultureInfo.InvariantCulture)));
                }

                var elapsed = Stopwatch.GetElapsedTime(blockStarted);
                if (report)
                {
                    Console.WriteLine($"  articles {first + 1,7:N0}-{first + block.Length,7:N0}: {elapsed.TotalMilliseconds / block.Length,7:F3} ms/article wall");
                }

                first += block.Length;
            }

            var total = Stopwatch.GetElapsedTime(started);
            if (report)
            {
                Console.WriteLine($"  whole run: {count / total.TotalSeconds:N1} articles/s ({total.TotalMilliseconds / count:F2} ms/article); {clusterer.Stories.Count:N0} stories");
                Console.WriteLine($"  store {new FileInfo(path).Length / 1024.0 / 1024.0:F0} MB; managed heap {GC.GetTotalMemory(false) / 1024.0 / 1024.0:F0} MB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}

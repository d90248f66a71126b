using System.Diagnostics;
using System.IO.Compression;
using Storyline.Core.Extraction;

namespace Storyline.Bench;

/// <summary>
/// Pages per second per core of Storyline's HTML extractor and of SmartReader, on the same pages,
/// in the same process, alternating rounds so neither gets a warmer machine, after warm-up passes. Single-threaded, so
/// the figure is per core. Pages: the scrapinghub benchmark's HTML (read by path, never copied)
/// or any folder of .html / .html.gz files.
/// </summary>
internal static class ExtractionThroughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        var folder = Option(args, "--pages") ?? FindDefaultPages();
        var rounds = int.Parse(Option(args, "--rounds") ?? "3", System.Globalization.CultureInfo.InvariantCulture);
        if (folder is null || !Directory.Exists(folder))
        {
            Console.Error.WriteLine("No pages: pass --pages DIR (folder of .html or .html.gz), or place ../shared/data beside the repository.");
            return 4;
        }

        var pages = await LoadPagesAsync(folder);
        Console.WriteLine($"pages: {pages.Count} from {folder} ({pages.Sum(p => p.Html.Length) / 1024 / 1024.0:F1} MB of HTML)");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");

        var storyline = new HtmlArticleExtractor();
        var extractors = new (string Name, Func<Page, int> Extract)[]
        {
            ("storyline", page => storyline.Extract(SourceDocument.Html(page.Html, page.Url)).Text.Length),
            ("smartreader", page => new SmartReader.Reader(page.Url, page.Html).GetArticle().TextContent?.Length ?? 0),
        };

        // Warm-up passes so tiered JIT reaches its optimised code for both; measured here, the first
        // two passes over these pages run two to three times slower than the steady state.
        var warmUps = int.Parse(Option(args, "--warmup") ?? "3", System.Globalization.CultureInfo.InvariantCulture);
        for (var pass = 0; pass < warmUps; pass++)
        {
            foreach (var (_, extract) in extractors)
            {
                RunOnce(pages, extract);
            }
        }

        var totals = extractors.ToDictionary(e => e.Name, _ => TimeSpan.Zero);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (extractorName, extract) in extractors)
            {
                totals[extractorName] += RunOnce(pages, extract);
            }
        }

        var rates = totals.ToDictionary(t => t.Key, t => pages.Count * rounds / t.Value.TotalSeconds);
        foreach (var (extractorName, rate) in rates)
        {
            Console.WriteLine($"{extractorName,-12} {rate,8:F1} pages/s per core  ({totals[extractorName].TotalMilliseconds / (pages.Count * rounds):F2} ms/page)");
        }

        Console.WriteLine($"speed-up: {rates["storyline"] / rates["smartreader"]:F2}x");
        return 0;
    }

    private static TimeSpan RunOnce(IReadOnlyList<Page> pages, Func<Page, int> extract)
    {
        var started = Stopwatch.GetTimestamp();
        var characters = 0L;
        foreach (var page in pages)
        {
            try
            {
                characters += extract(page);
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                // A page one extractor cannot handle costs it the time spent, nothing more.
            }
        }

        GC.KeepAlive(characters);
        return Stopwatch.GetElapsedTime(started);
    }

    private static async Task<List<Page>> LoadPagesAsync(string folder)
    {
        var pages = new List<Page>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            string html;
            if (path.EndsWith(".gz", StringComparison.Ordinal))
            {
                await using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
                using var reader = new StreamReader(gzip);
                html = await reader.ReadToEndAsync();
            }
            else if (path.EndsWith(".html", StringComparison.Ordinal) || path.EndsWith(".htm", StringComparison.Ordinal))
            {
                html = await File.ReadAllTextAsync(path);
            }
            else
            {
                continue;
            }

            pages.Add(new Page($"https://bench.example/{Path.GetFileName(path)}", html));
        }

        return pages;
    }

    private static string? FindDefaultPages()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data", "extraction", "scrapinghub-aeb", "html");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private sealed record Page(string Url, string Html);
}

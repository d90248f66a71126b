using System.Diagnostics;
using System.Globalization;
using Storyline.Core.Extraction;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;

namespace Storyline.Bench;

/// <summary>
/// Tokens per second per core of the whole language layer (<see cref="StandardPipeline.Create"/>:
/// tokens, sentences, entities, entity links and whatever later stages it holds), with each
/// stage's share of the time from <see cref="StageTimings"/>. Single-threaded, so the figure is
/// per core. Two corpora: the demo articles in samples/ (extracted once, then annotated round after
/// round) and generated newswire-like text with many names, numbers and dates.
/// </summary>
internal static class LanguageThroughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        var samples = Option(args, "--samples") ?? FindSamples();
        var rounds = int.Parse(Option(args, "--rounds") ?? "20", CultureInfo.InvariantCulture);
        var warmUps = int.Parse(Option(args, "--warmup") ?? "5", CultureInfo.InvariantCulture);
        var generatedArticles = int.Parse(Option(args, "--generated") ?? "200", CultureInfo.InvariantCulture);
        if (samples is null || !Directory.Exists(samples))
        {
            Console.Error.WriteLine("No demo corpus: pass --samples DIR (the repository's samples/ folder).");
            return 4;
        }

        var pipeline = StandardPipeline.Create();
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        Console.WriteLine($"pipeline: {string.Join(" > ", pipeline.Stages.Select(s => s.Name))}");

        var corpora = new (string Name, IReadOnlyList<Document> Documents)[]
        {
            ("demo corpus", await LoadSamplesAsync(samples)),
            ("generated", GeneratedNews.Articles(generatedArticles, seed: 20261123)),
        };
        // Warm up on every corpus before measuring any, so tiered JIT and dynamic PGO have settled
        // for all of them; measured here, a corpus timed first otherwise ran at half speed.
        for (var pass = 0; pass < warmUps; pass++)
        {
            foreach (var (_, documents) in corpora)
            {
                RunOnce(pipeline, documents, null);
            }
        }

        foreach (var (name, documents) in corpora)
        {
            var characters = documents.Sum(d => (long)d.Text.Length);
            Console.WriteLine();
            Console.WriteLine($"{name}: {documents.Count} articles, {characters / 1024.0:F0} KB of text, {rounds} rounds after {warmUps} warm-up passes over every corpus");

            var timings = new StageTimings();
            var tokens = 0L;
            var elapsed = TimeSpan.Zero;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            for (var round = 0; round < rounds; round++)
            {
                var (roundTokens, roundTime) = RunOnce(pipeline, documents, timings);
                tokens += roundTokens;
                elapsed += roundTime;
            }

            // CPU time as well as wall time: on a machine shared with other work, wall time also counts
            // the time this thread waited for a core.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            Console.WriteLine($"  whole layer: {tokens / elapsed.TotalSeconds,12:N0} tokens/s per core by wall time  ({tokens:N0} tokens in {elapsed.TotalSeconds:F2} s)");
            Console.WriteLine($"  whole layer: {tokens / cpu.TotalSeconds,12:N0} tokens/s per core by process CPU time ({cpu.TotalSeconds:F2} s, GC threads included)");
            var totals = timings.Totals;
            var staged = totals.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
            foreach (var stage in pipeline.Stages)
            {
                var spent = totals.GetValueOrDefault(stage.Name);
                Console.WriteLine(
                    $"  {stage.Name,-18} {spent.TotalSeconds / staged.TotalSeconds,6:P1}  {tokens / Math.Max(spent.TotalSeconds, 1e-9),14:N0} tokens/s alone");
            }
        }

        return 0;
    }

    private static (long Tokens, TimeSpan Elapsed) RunOnce(DocumentPipeline pipeline, IReadOnlyList<Document> documents, StageTimings? timings)
    {
        var tokens = 0L;
        var started = Stopwatch.GetTimestamp();
        foreach (var document in documents)
        {
            tokens += pipeline.Run(document, timings).Get(Layers.Tokens).Length;
        }

        return (tokens, Stopwatch.GetElapsedTime(started));
    }

    internal static async Task<IReadOnlyList<Document>> LoadSamplesAsync(string folder)
    {
        var extractor = new ArticleExtractor();
        var documents = new List<Document>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var source = Path.GetExtension(path) switch
            {
                ".html" => SourceDocument.Html(await File.ReadAllTextAsync(path), new Uri(Path.GetFullPath(path)).AbsoluteUri),
                ".txt" => SourceDocument.PlainText(await File.ReadAllTextAsync(path), new Uri(Path.GetFullPath(path)).AbsoluteUri),
                _ => null,
            };
            if (source is not null)
            {
                documents.Add(extractor.Extract(source));
            }
        }

        return documents;
    }

    internal static string? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "samples");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(directory.FullName, "Storyline.slnx")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    internal static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;

namespace Storyline.Bench;

/// <summary>
/// Sentences per second per core for figures and their sources (issue 4's bar: 2,000). Three
/// rates per corpus, single-threaded: the whole standard pipeline; the figure path, that is the
/// standard stages the figure, attribution and claim stages need (found from what each stage
/// reads) and nothing else; and the time of those three stages alone. Corpora: the demo articles,
/// generated newswire-like articles, and, when given, a NewsQuant JSON file read where it lies
/// (every sentence a document: figure-dense text).
/// </summary>
internal static class FigureThroughput
{
    private static readonly string[] TargetStages = ["attributions", "figures", "claims"];

    public static async Task<int> RunAsync(string[] args)
    {
        var samples = LanguageThroughput.Option(args, "--samples") ?? LanguageThroughput.FindSamples();
        var rounds = int.Parse(LanguageThroughput.Option(args, "--rounds") ?? "20", CultureInfo.InvariantCulture);
        var warmUps = int.Parse(LanguageThroughput.Option(args, "--warmup") ?? "5", CultureInfo.InvariantCulture);
        var generatedArticles = int.Parse(LanguageThroughput.Option(args, "--generated") ?? "200", CultureInfo.InvariantCulture);
        var newsQuant = LanguageThroughput.Option(args, "--newsquant");
        if (samples is null || !Directory.Exists(samples))
        {
            Console.Error.WriteLine("No demo corpus: pass --samples DIR (the repository's samples/ folder).");
            return 4;
        }

        if (newsQuant is not null && !File.Exists(newsQuant))
        {
            Console.Error.WriteLine($"{newsQuant}: no such NewsQuant file.");
            return 4;
        }

        var whole = StandardPipeline.Create();
        var figurePath = FigurePath(whole);
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, load average {LoadAverage()}");
        Console.WriteLine($"whole pipeline: {string.Join(" > ", whole.Stages.Select(s => s.Name))}");
        Console.WriteLine($"figure path:    {string.Join(" > ", figurePath.Stages.Select(s => s.Name))}");

        var corpora = new List<(string Name, IReadOnlyList<Document> Documents)>
        {
            ("demo corpus", await LanguageThroughput.LoadSamplesAsync(samples)),
            ("generated", GeneratedNews.Articles(generatedArticles, seed: 20261123)),
        };
        if (newsQuant is not null)
        {
            corpora.Add(("newsquant sentences", await LoadNewsQuantAsync(newsQuant)));
        }

        for (var pass = 0; pass < warmUps; pass++)
        {
            foreach (var (_, documents) in corpora)
            {
                RunOnce(whole, documents, null);
                RunOnce(figurePath, documents, null);
            }
        }

        foreach (var (name, documents) in corpora)
        {
            Console.WriteLine();
            Console.WriteLine($"{name}: {documents.Count} documents, {rounds} rounds after {warmUps} warm-up passes over every corpus");
            foreach (var (label, pipeline) in new[] { ("whole pipeline", whole), ("figure path", figurePath) })
            {
                var timings = new StageTimings();
                var sentences = 0L;
                var figures = 0L;
                var elapsed = TimeSpan.Zero;
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                for (var round = 0; round < rounds; round++)
                {
                    var result = RunOnce(pipeline, documents, timings);
                    sentences += result.Sentences;
                    figures += result.Figures;
                    elapsed += result.Elapsed;
                }

                var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                var stagesOnly = TargetStages.Aggregate(TimeSpan.Zero, (sum, stage) => sum + timings.Totals.GetValueOrDefault(stage));
                Console.WriteLine(
                    $"  {label,-15} {sentences / elapsed.TotalSeconds,10:N0} sentences/s by wall time, {sentences / cpu.TotalSeconds,10:N0} by process CPU time"
                    + $"  ({sentences / rounds:N0} sentences and {figures / rounds:N0} figures a round)");
                Console.WriteLine(
                    $"  {"  stages only",-15} {sentences / Math.Max(stagesOnly.TotalSeconds, 1e-9),10:N0} sentences/s in attributions + figures + claims"
                    + $" ({stagesOnly.TotalSeconds / elapsed.TotalSeconds:P1} of the wall time)");
            }
        }

        return 0;
    }

    /// <summary>The standard stages the target stages need, in the standard order: a stage is kept when a kept stage reads what it adds.</summary>
    internal static DocumentPipeline FigurePath(DocumentPipeline standard)
    {
        var needed = new HashSet<ILayerKey>();
        var kept = new List<IStage>();
        foreach (var stage in standard.Stages.Reverse())
        {
            if (TargetStages.Contains(stage.Name) || stage.Adds.Any(needed.Contains))
            {
                kept.Add(stage);
                needed.UnionWith(stage.Reads);
            }
        }

        var builder = new PipelineBuilder();
        foreach (var stage in Enumerable.Reverse(kept))
        {
            builder.Add(stage);
        }

        return builder.Build();
    }

    private static (long Sentences, long Figures, TimeSpan Elapsed) RunOnce(DocumentPipeline pipeline, IReadOnlyList<Document> documents, StageTimings? timings)
    {
        long sentences = 0, figures = 0;
        var started = Stopwatch.GetTimestamp();
        foreach (var document in documents)
        {
            var annotated = pipeline.Run(document, timings);
            sentences += annotated.Get(Layers.Sentences).Length;
            figures += annotated.Get(Layers.Figures).Length;
        }

        return (sentences, figures, Stopwatch.GetElapsedTime(started));
    }

    private static async Task<IReadOnlyList<Document>> LoadNewsQuantAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        using var json = await JsonDocument.ParseAsync(stream);
        return [.. json.RootElement.EnumerateArray()
            .Select(item => item.TryGetProperty("text", out var text) ? text.GetString() : null)
            .OfType<string>()
            .Select(text => new Document(text, ArticleMetadata.Empty))];
    }

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}

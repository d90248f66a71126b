using System.Diagnostics;
using System.Globalization;
using Storyline.Core.Stories;

namespace Storyline.Bench;

/// <summary>
/// Articles per second of <see cref="StoryClusterer"/> alone (no extraction, no annotation) on a
/// generated stream (<see cref="GeneratedStories"/>), and the cost per article as the stream grows:
/// the time of each successive block of articles, so a cost that grows with the number of stories
/// shows as later blocks getting slower. Articles are generated as the run goes (so 100,000 of
/// them need not sit in memory) and only the clusterer's calls are timed.
/// </summary>
internal static class ClusteringThroughput
{
    public static Task<int> RunAsync(string[] args)
    {
        var sizes = (Option(args, "--articles") ?? "1000,10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");

        // Warm-up so the JIT has settled before anything is timed.
        Run(2_000, seed: 1, report: false);
        foreach (var size in sizes)
        {
            Console.WriteLine();
            Console.WriteLine($"{size:N0} generated articles");
            Run(size, seed: 20261123, report: true);
        }

        return Task.FromResult(0);
    }

    private static void Run(int count, int seed, bool report)
    {
        GC.Collect();
        var clusterer = new StoryClusterer();
        var blockSize = Math.Max(count / 10, 1);
        var wall = TimeSpan.Zero;
        var cpu = TimeSpan.Zero;
        var characters = 0L;
        var first = 0;
        // Generate a block, then time the clusterer alone over it, by wall time and by process CPU
        // time (on a shared machine wall time also counts waiting for a core).
        foreach (var block in GeneratedStories.Articles(count, seed).Chunk(blockSize))
        {
            characters += block.Sum(a => (long)a.Body.Length);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            foreach (var article in block)
            {
                clusterer.Add(article);
            }

            var blockWall = Stopwatch.GetElapsedTime(started);
            var blockCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            wall += blockWall;
            cpu += blockCpu;
            if (report)
            {
                Console.WriteLine($"  articles {first + 1,7:N0}-{first + block.Length,7:N0}: {blockWall.TotalMilliseconds / block.Length,7:F3} ms/article wall, {blockCpu.TotalMilliseconds / block.Length,7:F3} ms/article CPU");
            }

            first += block.Length;
        }

        if (!report)
        {
            return;
        }

        Console.WriteLine($"  whole run: {count / wall.TotalSeconds:N0} articles/s by wall time ({wall.TotalMilliseconds / count:F3} ms/article), {count / cpu.TotalSeconds:N0} articles/s by CPU time ({cpu.TotalMilliseconds / count:F3} ms/article); {characters / 1024.0 / 1024.0:F0} MB of text");
        Console.WriteLine($"  {clusterer.Stories.Count:N0} stories, {clusterer.Copies.Origins.Count:N0} copies, {clusterer.NonArticles.Count:N0} non-articles; managed heap {GC.GetTotalMemory(false) / 1024.0 / 1024.0:F0} MB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB");
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}

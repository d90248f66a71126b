using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Storyline.Core.Extraction;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;
using Storyline.Store;
using Storyline.Store.Stories;
using Storyline.Web;

namespace Storyline.Bench;

/// <summary>
/// Latency of the web API under load: a store filled with the <see cref="GeneratedStories"/> stream
/// through the real path (extraction, the standard pipeline, the store, the story refresher after
/// each block), then the real server (<see cref="StorylineWebApp"/>, Kestrel on loopback) and
/// concurrent clients for a fixed time, each request a story (GET /api/stories/{id} over many ids,
/// and the story page when the app serves one) or a search (GET /api/search, varied queries).
/// The filled store is kept and reused when it already holds enough articles. By default the server
/// runs in a child process (<c>--server child</c>), so the clients' CPU is not counted in its own and
/// its CPU time per request can be read; <c>--server inproc</c> runs both in this process as before.
/// </summary>
internal static class ServeLatency
{
    public const string HostCommand = "serve-host";
    private const int Block = 5_000;

    /// <summary>The child process's side: serve the store on the given port until stdin closes.</summary>
    public static async Task<int> HostAsync(string[] args)
    {
        var options = new WebOptions { DatabasePath = Option(args, "--db")!, Port = int.Parse(Option(args, "--port")!, CultureInfo.InvariantCulture) };
        await using var app = StorylineWebApp.Build(options);
        await app.StartAsync();
        Console.WriteLine("listening");
        await Console.In.ReadToEndAsync();
        await app.StopAsync();
        return 0;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var count = int.Parse(Option(args, "--articles") ?? "100000", CultureInfo.InvariantCulture);
        var path = Option(args, "--db") ?? Path.Combine(Path.GetTempPath(), "storyline-bench-serve.db");
        var clients = int.Parse(Option(args, "--clients") ?? "20", CultureInfo.InvariantCulture);
        var seconds = int.Parse(Option(args, "--seconds") ?? "30", CultureInfo.InvariantCulture);
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        await FillAsync(path, count);

        var inProcess = Option(args, "--server") == "inproc";

        // One kind of request alone (story, page, search), to read its own CPU cost.
        var only = Option(args, "--only");
        var options = new WebOptions { DatabasePath = path, Port = FreePort() };
        await using var app = inProcess ? StorylineWebApp.Build(options) : null;
        using var child = inProcess ? null : StartChild(path, options.Port);
        if (app is not null)
        {
            await app.StartAsync();
        }

        Console.WriteLine($"server: {(inProcess ? "in this process, beside the clients" : $"child process {child!.Id}")}");
        var (stories, queries) = await WorkloadAsync(path);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2 })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{options.Port}"),
        };
        var withPages = (await http.GetAsync($"/stories/{stories[0]}")).StatusCode == HttpStatusCode.OK;
        Console.WriteLine($"load: {clients} clients, {stories.Count:N0} story ids, {queries.Count:N0} queries, story page HTML {(withPages ? "served" : "not served on this branch")}");

        await LoadAsync(http, clients, TimeSpan.FromSeconds(5), stories, queries, withPages, only, report: false);
        var server = Process.GetCurrentProcess();
        var serverCpu = (child ?? server).TotalProcessorTime;
        var clientCpu = server.TotalProcessorTime;
        var requests = await LoadAsync(http, clients, TimeSpan.FromSeconds(seconds), stories, queries, withPages, only, report: true);
        (child ?? server).Refresh();
        server.Refresh();
        var serverSpent = (child ?? server).TotalProcessorTime - serverCpu;
        var cpu = child is null
            ? string.Create(CultureInfo.InvariantCulture, $"CPU: {serverSpent.TotalMilliseconds / requests:F2} ms a request (server and clients together)")
            : string.Create(CultureInfo.InvariantCulture, $"CPU: server {serverSpent.TotalMilliseconds / requests:F2} ms a request, clients {(server.TotalProcessorTime - clientCpu).TotalMilliseconds / requests:F2} ms");
        Console.WriteLine($"{cpu}; load average {LoadAverage()}");
        if (app is not null)
        {
            await app.StopAsync();
        }

        if (child is not null)
        {
            child.StandardInput.Close();
            if (!child.WaitForExit(10_000))
            {
                child.Kill();
            }
        }

        return 0;
    }

    private static Process StartChild(string path, int port)
    {
        var host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ServeLatency).Assembly.Location);
        }

        foreach (var arg in new[] { HostCommand, "--db", path, "--port", port.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the server process");
        if (child.StandardOutput.ReadLine() != "listening")
        {
            child.Kill();
            throw new InvalidOperationException("the server process did not start listening");
        }

        return child;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static async Task FillAsync(string path, int count)
    {
        await using var store = await ArticleStore.OpenAsync(path);
        var stored = await store.CountAsync();
        if (stored >= count)
        {
            Console.WriteLine($"store {path}: {stored:N0} articles already (reused)");
            return;
        }

        Console.WriteLine($"filling {path}: articles {stored + 1:N0} to {count:N0}, a story refresh every {Block:N0}");
        var extractor = new ArticleExtractor();
        var pipeline = StandardPipeline.Create();
        var refresher = new StoryRefresher(store, pipeline);
        var started = Stopwatch.GetTimestamp();
        var first = stored;
        foreach (var block in GeneratedStories.Articles(count, seed: 20261123).Skip(stored).Chunk(Block))
        {
            var blockStarted = Stopwatch.GetTimestamp();
            var documents = new Document[block.Length];
            Parallel.For(0, block.Length, i =>
            {
                var article = block[i];
                var source = new SourceDocument(
                    article.Title + "\n\n" + article.Body, SourceFormat.PlainText, null, new ArticleHints(article.Title, "Generated Wire", article.Published));
                documents[i] = pipeline.Run(extractor.Extract(source));
            });
            var annotated = new Dictionary<long, Document>();
            foreach (var document in documents)
            {
                var saved = await store.SaveAsync(document, origin: null);
                annotated[saved.ArticleId] = document;
            }

            var ingested = Stopwatch.GetElapsedTime(blockStarted);
            var refresh = await refresher.RefreshAsync(annotated);
            var total = Stopwatch.GetElapsedTime(blockStarted);
            first += block.Length;
            Console.WriteLine(
                $"  articles to {first,7:N0}: ingest {ingested.TotalMilliseconds / block.Length,6:F2} ms/article, refresh {(total - ingested).TotalSeconds,6:F1} s "
                + $"(replayed {refresh.Replayed:N0}, briefings {refresh.BuiltBriefings:N0})");
        }

        Console.WriteLine($"  filled in {Stopwatch.GetElapsedTime(started).TotalMinutes:F1} min; store {new FileInfo(path).Length / 1024.0 / 1024.0:F0} MB");
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        await connection.OpenAsync();
        using var check = connection.CreateCommand();
        check.CommandText = """
            SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM story_articles), (SELECT COUNT(*) FROM story_exclusions),
                   (SELECT COUNT(*) FROM stories), (SELECT COUNT(*) FROM stories WHERE stale = 1)
            """;
        using var reader = await check.ExecuteReaderAsync();
        await reader.ReadAsync();
        Console.WriteLine($"  {reader.GetInt64(0):N0} articles: {reader.GetInt64(1):N0} in {reader.GetInt64(3):N0} stories, {reader.GetInt64(2):N0} kept out, {reader.GetInt64(4):N0} stories stale");
    }

    /// <summary>Story ids and search queries: names, keywords and places of the generated stories (rare), and the common news vocabulary.</summary>
    private static async Task<(List<string> Stories, List<string> Queries)> WorkloadAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, title FROM stories WHERE briefing_json IS NOT NULL ORDER BY random() LIMIT 5000";
        var stories = new List<string>();
        var queries = new List<string>();
        using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stories.Add(reader.GetString(0));

                // Titles read "Kalo Merdan and the stovi in Bradoful": one or two of those names make a query.
                var words = reader.GetString(1).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3 && w != "with").ToArray();
                if (words.Length >= 2)
                {
                    queries.Add(queries.Count % 2 == 0 ? words[^1] : $"{words[1]} {words[^1]}");
                }
            }
        }

        foreach (var common in new[] { "officials", "flood rescue", "police", "bridge", "market prices", "storm", "council budget", "hospital workers" })
        {
            for (var i = 0; i < queries.Count / 40; i++)
            {
                queries.Add(common);
            }
        }

        return (stories, queries);
    }

    /// <returns>The number of requests made.</returns>
    private static async Task<int> LoadAsync(
        HttpClient http, int clients, TimeSpan duration, List<string> stories, List<string> queries, bool withPages, string? only, bool report)
    {
        var timings = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        var errors = 0;
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var random = new Random(client);
            for (var n = 0; Stopwatch.GetTimestamp() < deadline; n++)
            {
                var slot = only switch { "story" => 0, "page" => 1, "search" => 2, _ => n % 3 };
                var (kind, url) = slot switch
                {
                    0 => ("story api", $"/api/stories/{stories[random.Next(stories.Count)]}"),
                    1 when withPages => ("story page", $"/stories/{stories[random.Next(stories.Count)]}"),
                    _ => ("search", $"/api/search?q={Uri.EscapeDataString(queries[random.Next(queries.Count)])}"),
                };
                var sent = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                var elapsed = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }

                timings.GetOrAdd(kind, _ => []).Add(elapsed);
            }
        })));
        var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var requests = timings.Values.Sum(v => v.Count);
        if (!report)
        {
            return requests;
        }

        Console.WriteLine($"{duration.TotalSeconds:F0} s measured, {errors} errors");
        Console.WriteLine("| requests | count | req/s | p50 ms | p95 ms | p99 ms |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (kind, values) in timings.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var sorted = values.Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {kind} | {sorted.Length:N0} | {sorted.Length / wall:F1} | {Percentile(sorted, 0.50):F1} | {Percentile(sorted, 0.95):F1} | {Percentile(sorted, 0.99):F1} |"));
        }

        return requests;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}

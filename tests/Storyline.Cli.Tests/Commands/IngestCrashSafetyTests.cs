using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Storyline.Cli.Tests.Commands;

/// <summary>
/// Kills a real <c>storyline ingest</c> process with SIGKILL partway through, reruns it, and checks
/// the store ends up exactly as after one clean run: every article once, none doubled or lost.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class IngestCrashSafetyTests(ITestOutputHelper log) : IDisposable
{
    private const int Pages = 300;
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(60);

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Killed_runs_then_a_rerun_store_exactly_what_a_clean_run_stores()
    {
        var pages = CorpusWriter.WritePages(temp.PathOf("corpus"), Pages, paragraphs: 8);
        var crashed = temp.PathOf("crashed.db");
        var clean = temp.PathOf("clean.db");

        // Two kills at different points, the second over a store the first left behind.
        var seed = Environment.TickCount;
        var random = new Random(seed);
        log.WriteLine($"seed {seed}");
        foreach (var killAfter in new[] { random.Next(5, 60), random.Next(60, 200) })
        {
            var reached = await IngestAndKillAsync(pages, crashed, killAfter);
            log.WriteLine($"killed after {reached} reported items (aimed at {killAfter})");
        }

        var stored = Rows(crashed);
        Assert.True(stored.Count < Pages, $"the kills came too late: all {Pages} articles were already stored");

        var rerun = await CliRun.ChildAsync(Ingest(pages, crashed, "--json"), RunLimit);
        Assert.True(rerun.ExitCode == ExitCodes.Success, rerun.ToString());
        Assert.Equal(Pages, rerun.Json().GetProperty("new").GetInt32() + rerun.Json().GetProperty("duplicate").GetInt32());

        // The reference run and the re-ingest need no kill, so they run in-process to keep the suite quick.
        var cleanRun = await CliRun.InProcessAsync(Ingest(pages, clean, "--json"));
        Assert.True(cleanRun.ExitCode == ExitCodes.Success, cleanRun.ToString());

        var afterCrash = Rows(crashed);
        var expected = Rows(clean);
        Assert.Equal(Pages, expected.Count);
        Assert.Equal(expected.Order(), afterCrash.Order());
        Assert.Equal(Pages, Count(crashed, "SELECT COUNT(*) FROM articles"));
        Assert.Equal(Pages, Count(crashed, "SELECT COUNT(DISTINCT article_key) FROM articles"));
        Assert.Equal(0, Count(crashed, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_versions v WHERE v.article_id = a.id)"));

        var again = await CliRun.InProcessAsync(Ingest(pages, crashed, "--json"));
        Assert.True(again.ExitCode == ExitCodes.Success, again.ToString());
        Assert.Equal(Pages, again.Json().GetProperty("duplicate").GetInt32());
        Assert.Equal(0, again.Json().GetProperty("new").GetInt32());
        Assert.Equal(0, again.Json().GetProperty("updated").GetInt32());
        Assert.Equal(Pages, Rows(crashed).Count);
    }

    [Fact]
    public async Task An_interrupt_stops_cleanly_with_exit_130_and_keeps_every_reported_article()
    {
        var pages = CorpusWriter.WritePages(temp.PathOf("corpus"), Pages, paragraphs: 8);
        var db = temp.PathOf("interrupted.db");
        using var process = Process.Start(CliRun.ChildProcess(Ingest(pages, db)))!;
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(RunLimit);
        var reported = 0;
        var lines = new List<string>();
        while (await process.StandardOutput.ReadLineAsync(limit.Token) is { } line)
        {
            lines.Add(line);
            if (line.StartsWith("new ", StringComparison.Ordinal) && ++reported == 20)
            {
                using var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                await kill.WaitForExitAsync(limit.Token);
            }
        }

        await process.WaitForExitAsync(limit.Token);
        var summary = lines[^1];
        Assert.True(process.ExitCode == ExitCodes.Cancelled, $"exit {process.ExitCode}: {summary} {await error}");
        Assert.StartsWith("cancelled after ", summary);
        Assert.Equal(lines.Count(l => l.StartsWith("new ", StringComparison.Ordinal)), Rows(db).Count);
        Assert.True(Rows(db).Count < Pages, "the interrupt came after the batch had finished");
    }

    // The folder, not the file list, so the reader's recursive walk is what a killed run resumes.
    private static string[] Ingest(IReadOnlyList<string> pages, string db, params string[] extra) =>
        ["ingest", Path.GetDirectoryName(pages[0])!, "--db", db, .. extra];

    /// <summary>Starts an ingest and SIGKILLs it once it has reported <paramref name="killAfter"/> items.</summary>
    private static async Task<int> IngestAndKillAsync(IReadOnlyList<string> pages, string db, int killAfter)
    {
        using var process = Process.Start(CliRun.ChildProcess(Ingest(pages, db)))!;
        _ = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(RunLimit);
        var reported = 0;
        try
        {
            while (reported < killAfter && await process.StandardOutput.ReadLineAsync(limit.Token) is { } line)
            {
                if (line.StartsWith("new ", StringComparison.Ordinal) || line.StartsWith("duplicate ", StringComparison.Ordinal))
                {
                    reported++;
                }
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        return reported;
    }

    /// <summary>Every stored (canonical URL, content hash) pair, one entry per version row.</summary>
    private static List<string> Rows(string db)
    {
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(canonical_url, url, '') || ' ' || content_hash FROM article_versions";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static long Count(string db, string sql)
    {
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static SqliteConnection Open(string db)
    {
        var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        return connection;
    }
}

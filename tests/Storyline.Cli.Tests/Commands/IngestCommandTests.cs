namespace Storyline.Cli.Tests.Commands;

public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Db => temp.PathOf("store.db");

    [Fact]
    public async Task Prints_one_line_per_item_in_input_order_then_a_summary()
    {
        var pages = CorpusWriter.WritePages(temp.PathOf("in"), 12);

        var run = await CliRun.InProcessAsync(["ingest", .. pages, "--db", Db]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var itemLines = run.OutLines.Where(l => l.StartsWith("new ", StringComparison.Ordinal)).ToList();
        Assert.Equal(pages.Select((p, i) => $"new {i + 1} {p}"), itemLines);
        Assert.Contains("12 items: 12 new, 0 duplicate, 0 updated, 0 failed", run.OutLines[^1]);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Reingesting_adds_nothing_and_a_changed_page_becomes_version_two()
    {
        var pages = CorpusWriter.WritePages(temp.PathOf("in"), 5);
        Assert.Equal(ExitCodes.Success, (await CliRun.InProcessAsync(["ingest", .. pages, "--db", Db])).ExitCode);

        var again = await CliRun.InProcessAsync(["ingest", .. pages, "--db", Db, "--json"]);
        Assert.Equal(ExitCodes.Success, again.ExitCode);
        var summary = again.Json();
        Assert.Equal(5, summary.GetProperty("duplicate").GetInt32());
        Assert.Equal(0, summary.GetProperty("new").GetInt32());
        Assert.Single(again.OutLines);

        await File.WriteAllTextAsync(pages[2], CorpusWriter.Page(2, edition: " (corrected)"));
        var changed = await CliRun.InProcessAsync(["ingest", pages[2], "--db", Db]);
        Assert.Equal($"updated 3 {pages[2]} (version 2)", changed.OutLines[0]);
    }

    [Fact]
    public async Task Failures_go_to_stderr_with_their_reason_and_make_exit_code_one()
    {
        var pages = CorpusWriter.WritePages(temp.PathOf("in"), 2);
        var empty = temp.PathOf("empty.html");
        await File.WriteAllTextAsync(empty, "");
        var missing = temp.PathOf("missing.html");

        var run = await CliRun.InProcessAsync(["ingest", pages[0], empty, missing, pages[1], "--db", Db]);

        Assert.Equal(ExitCodes.SomeFailed, run.ExitCode);
        Assert.Equal(2, run.ErrorLines.Length);
        Assert.StartsWith($"failed {empty}: ", run.ErrorLines[0]);
        Assert.StartsWith($"failed {missing}: ", run.ErrorLines[1]);
        Assert.Contains("2 failed", run.Out);
        Assert.Contains($"  {empty}: ", run.Out);
        Assert.Contains($"  {missing}: ", run.Out);
    }

    [Fact]
    public async Task Json_summary_lists_each_failure()
    {
        var missing = temp.PathOf("missing.html");

        var run = await CliRun.InProcessAsync(["ingest", missing, "--db", Db, "--json"]);

        Assert.Equal(ExitCodes.AllFailed, run.ExitCode);
        var summary = run.Json();
        Assert.Equal(1, summary.GetProperty("failed").GetInt32());
        var failure = Assert.Single(summary.GetProperty("failures").EnumerateArray());
        Assert.Equal(missing, failure.GetProperty("origin").GetString());
        Assert.False(string.IsNullOrEmpty(failure.GetProperty("problem").GetString()));
    }

    [Fact]
    public async Task An_unusable_store_exits_three_with_a_clear_message()
    {
        var pages = CorpusWriter.WritePages(temp.PathOf("in"), 1);
        var notADatabase = temp.PathOf("notes.db");
        await File.WriteAllTextAsync(notADatabase, new string('x', 8192));

        var run = await CliRun.InProcessAsync(["ingest", .. pages, "--db", notADatabase]);

        Assert.Equal(ExitCodes.AllFailed, run.ExitCode);
        Assert.Contains($"cannot open store {notADatabase}", run.Error);
    }

    [Fact]
    public async Task Missing_inputs_is_a_usage_error()
    {
        var run = await CliRun.InProcessAsync("ingest", "--db", Db);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }
}

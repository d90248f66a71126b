using System.Text.Json;

namespace Storyline.Cli.Tests.Commands.Language;

public sealed class EvalTimeCommandTests
{
    // A fictional TimeML document written for this test.
    private const string Document = """
        <?xml version="1.0" ?>
        <TimeML>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2026-03-12" functionInDocument="CREATION_TIME">2026-03-12</TIMEX3></DCT>
        <TEXT>
        The Velm ferry sank on <TIMEX3 tid="t1" type="DATE" value="2026-03-10">Tuesday</TIMEX3>; divers searched for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public async Task Json_report_carries_the_tempeval3_scores()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.PathOf("velm.tml"), Document);

        var run = await CliRun.InProcessAsync("eval", "time", "--data", folder.Root, "--json");

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.OutLines[^1]);
        var root = report.RootElement;
        Assert.Equal(1, root.GetProperty("files").GetInt32());
        Assert.Equal(2, root.GetProperty("gold").GetInt32());
        Assert.Equal(100, root.GetProperty("strict_f1").GetDouble());
        Assert.Equal(100, root.GetProperty("relaxed_f1").GetDouble());
        Assert.Equal(100, root.GetProperty("value_f1").GetDouble());
    }

    [Fact]
    public async Task A_missing_folder_is_a_clear_error()
    {
        var run = await CliRun.InProcessAsync("eval", "time", "--data", "/no/such/time/data");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("/no/such/time/data", run.Error);
    }

    [Fact]
    public async Task The_error_table_lists_misses()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.PathOf("velm.tml"), Document.Replace("P3D", "P4D", StringComparison.Ordinal));

        var run = await CliRun.InProcessAsync("eval", "time", "--data", folder.Root, "--errors", folder.PathOf("errors.tsv"));

        Assert.Equal(0, run.ExitCode);
        var lines = await File.ReadAllLinesAsync(folder.PathOf("errors.tsv"));
        Assert.Equal("velm\tvalue\tthree days\tDURATION\tP4D\tthree days\tDURATION\tP3D", Assert.Single(lines.Skip(1)));
    }
}

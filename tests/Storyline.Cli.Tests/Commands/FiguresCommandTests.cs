using System.Text.Json;

namespace Storyline.Cli.Tests.Commands;

public sealed class FiguresCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Json_has_the_claims_and_a_contested_group_across_two_outlets()
    {
        var official = WritePage("tidewater.html", "Tidewater Post", "Storm toll in Port Aldane", "The interior ministry said 12 people had been killed in the storm.");
        var monitor = WritePage("harbour.html", "Harbour Gazette", "Monitors dispute storm toll", "The Aldane Rights Watch said at least 40 people had been killed in the storm.");

        var run = await CliRun.InProcessAsync("figures", official, monitor, "--json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var json = run.Json();
        var claims = json.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(2, claims.Count);
        var first = claims.Single(c => c.GetProperty("value").GetDouble() == 12);
        Assert.Equal("tidewater#1", first.GetProperty("id").GetString());
        Assert.Equal("tidewater", first.GetProperty("article_id").GetString());
        Assert.Equal("Tidewater Post", first.GetProperty("outlet").GetString());
        Assert.Equal("killed", first.GetProperty("category").GetString());
        Assert.Equal("exact", first.GetProperty("bound").GetString());
        Assert.Equal("2026-03-10", first.GetProperty("time").GetProperty("end").GetString());
        Assert.Contains("ministry", first.GetProperty("source").GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
        var atLeast = claims.Single(c => c.GetProperty("value").GetDouble() == 40);
        Assert.Equal("at_least", atLeast.GetProperty("bound").GetString());
        Assert.Equal(JsonValueKind.Null, atLeast.GetProperty("high").ValueKind);

        var group = json.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("claims").GetArrayLength() == 2);
        Assert.Equal("contested", group.GetProperty("relation").GetString());
        Assert.Equal(12, group.GetProperty("best").GetDouble());
        Assert.Equal(12, group.GetProperty("low").GetDouble());
        Assert.Equal(40, group.GetProperty("high").GetDouble());
        Assert.Equal(2, group.GetProperty("independent_sources").GetInt32());
        var evidence = Assert.Single(group.GetProperty("evidence").EnumerateArray().ToList());
        Assert.Equal(2, evidence.GetProperty("spans").GetArrayLength());
    }

    [Fact]
    public async Task The_readable_form_lists_claims_and_quantities()
    {
        var official = WritePage("tidewater.html", "Tidewater Post", "Storm toll in Port Aldane", "The interior ministry said 12 people had been killed in the storm.");
        var monitor = WritePage("harbour.html", "Harbour Gazette", "Monitors dispute storm toll", "The Aldane Rights Watch said at least 40 people had been killed in the storm.");

        var run = await CliRun.InProcessAsync("figures", official, monitor);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("claims: 2", run.OutLines);
        Assert.Contains("quantities: 1", run.OutLines);
        Assert.Contains(run.OutLines, l => l.Contains("contested", StringComparison.Ordinal) && l.Contains("killed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_input_is_named_and_the_rest_is_still_read()
    {
        var official = WritePage("tidewater.html", "Tidewater Post", "Storm toll in Port Aldane", "The interior ministry said 12 people had been killed in the storm.");

        var run = await CliRun.InProcessAsync("figures", official, temp.PathOf("absent.html"), "--json");

        Assert.Equal(ExitCodes.SomeFailed, run.ExitCode);
        Assert.Contains("absent.html", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Json().GetProperty("claims").EnumerateArray());
    }

    [Fact]
    public async Task No_readable_input_fails()
    {
        var run = await CliRun.InProcessAsync("figures", temp.PathOf("absent.html"));

        Assert.Equal(ExitCodes.AllFailed, run.ExitCode);
        Assert.Contains("absent.html", run.Error, StringComparison.Ordinal);
    }

    private string WritePage(string name, string outlet, string title, string body) =>
        CorpusWriter.WriteReport(temp.PathOf(name), outlet, title, body, "Rescue teams were still searching the coast on Tuesday evening.");
}

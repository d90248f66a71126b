using System.Text.Json;

namespace Storyline.Cli.Tests.Commands.Figures;

public sealed class EvalQuantitiesCommandTests
{
    // Fictional sentences in NewsQuant's format, written for this test.
    private const string NewsQuant = """
        [
         {"text": "More than 5,000 people fled Lanmere on Tuesday.",
          "quantities": [{"value": "5000.0", "change": ">", "unit": "people", "normalized_unit": "people", "referred_concepts": "fled"}]},
         {"text": "The Coastal Relief Agency has 40 trucks.",
          "quantities": [{"value": "41.0", "change": "=", "unit": "trucks", "normalized_unit": "truck", "referred_concepts": "agency"}]}
        ]
        """;

    [Fact]
    public async Task Json_report_carries_the_three_newsquant_scores()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.PathOf("nq.json"), NewsQuant);

        var run = await CliRun.InProcessAsync("eval", "quantities", "--data", folder.PathOf("nq.json"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.OutLines[^1]);
        var root = report.RootElement;
        Assert.Equal(2, root.GetProperty("sentences").GetInt32());
        Assert.Equal(2, root.GetProperty("gold").GetInt32());
        Assert.Equal(50, root.GetProperty("value_f1").GetDouble());
        Assert.Equal(50, root.GetProperty("value_bound_f1").GetDouble());
        Assert.Equal(50, root.GetProperty("value_unit_f1").GetDouble());
    }

    [Fact]
    public async Task The_error_table_lists_sentences_not_scored_in_full()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.PathOf("nq.json"), NewsQuant);

        var run = await CliRun.InProcessAsync("eval", "quantities", "--data", folder.PathOf("nq.json"), "--errors", folder.PathOf("errors.tsv"));

        Assert.Equal(0, run.ExitCode);
        var row = Assert.Single((await File.ReadAllLinesAsync(folder.PathOf("errors.tsv"))).Skip(1));
        Assert.Equal("1\t1\t1\t0\t0\t0\tThe Coastal Relief Agency has 40 trucks.\t= 41.0 [truck]\t= 40 [truck]", row);
    }

    [Fact]
    public async Task A_missing_file_is_a_clear_error()
    {
        var run = await CliRun.InProcessAsync("eval", "quantities", "--data", "/no/such/newsquant.json");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("/no/such/newsquant.json", run.Error);
    }
}

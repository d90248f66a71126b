using System.Text.Json;

namespace Storyline.Cli.Tests.Commands.Stories;

public sealed class EvalClusteringCommandTests
{
    // Fictional reports of two invented events, written for this test.
    private static readonly (string Cluster, string DocNo, string Text)[] Documents =
    [
        ("d1", "FIC20260301.0001", "The ferry Lanmere Star capsized on the Osk river near Port Aldane on Sunday with about 200 passengers aboard, the river rescue service said. Divers recovered eleven bodies from the hull of the Lanmere Star overnight while relatives gathered at the Port Aldane jetty. The ferry was licensed for 150 passengers."),
        ("d1", "FIC20260302.0002", "Divers searching the capsized ferry Lanmere Star on the Osk river recovered nine more bodies on Monday, raising the toll to twenty, the river rescue service at Port Aldane said. Survivors said the Lanmere Star was overloaded and turned across the current before it capsized."),
        ("d2", "FIC20260301.0003", "A tunnel collapsed at the Vardel copper mine in the Kest highlands on Sunday, trapping forty miners underground, the operator Kest Copper said. Rescuers began drilling a narrow shaft toward the trapped miners at the Vardel mine as families waited at the gate."),
        ("d2", "FIC20260303.0004", "Rescuers at the Vardel copper mine reached the forty trapped miners on Tuesday through a narrow shaft drilled from the surface, Kest Copper said. Inspectors had warned Kest Copper about cracks in the tunnel roof of the Vardel mine last winter."),
    ];

    [Fact]
    public async Task Json_report_scores_a_duc_style_folder()
    {
        using var folder = new TempFolder();
        var lines = new List<string>();
        foreach (var (cluster, docNo, text) in Documents)
        {
            Directory.CreateDirectory(folder.PathOf(Path.Combine("docs", cluster)));
            await File.WriteAllTextAsync(
                folder.PathOf(Path.Combine("docs", cluster, docNo)),
                $"<DOC>\n<DOCNO> {docNo} </DOCNO>\n<TEXT>\n{text}\n</TEXT>\n</DOC>\n");
            lines.Add($"{docNo}\t{cluster}");
        }

        await File.WriteAllLinesAsync(folder.PathOf("doc_to_cluster.tsv"), lines);

        var run = await CliRun.InProcessAsync("eval", "clustering", "--data", folder.Root, "--json");

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.OutLines[^1]);
        var root = report.RootElement;
        Assert.Equal(4, root.GetProperty("documents").GetInt32());
        Assert.Equal(2, root.GetProperty("gold_clusters").GetInt32());
        Assert.Equal(1.0, root.GetProperty("pairwise_f1").GetDouble());
        Assert.Equal(1.0, root.GetProperty("bcubed_f1").GetDouble());
    }

    [Fact]
    public async Task A_missing_dataset_is_a_clear_error()
    {
        var run = await CliRun.InProcessAsync("eval", "clustering", "--data", "/no/such/clustering/data");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("/no/such/clustering/data", run.Error);
    }
}

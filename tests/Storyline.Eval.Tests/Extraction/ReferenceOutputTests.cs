using Storyline.Eval.Extraction;

namespace Storyline.Eval.Tests.Extraction;

/// <summary>
/// The scorer must reproduce the published scrapinghub article-extraction-benchmark table from the
/// reference systems' shipped predictions. Reads the shared data set by path; never copies it.
/// </summary>
public sealed class ReferenceOutputTests
{
    [Theory]
    [InlineData("trafilatura", 0.958, 0.938, 0.978)]
    [InlineData("readability_js", 0.947, 0.914, 0.982)]
    [InlineData("newspaper", 0.949, 0.964, 0.934)]
    [InlineData("goose3", 0.896, 0.940, 0.856)]
    [InlineData("html-text", 0.665, 0.500, 0.994)]
    public async Task Reference_outputs_reproduce_the_published_scores(string system, double f1, double precision, double recall)
    {
        var dataset = await ScrapinghubDataset.LoadAsync(SharedData.Path("extraction", "scrapinghub-aeb"));

        var report = await ExtractionBenchmark.RunReferenceAsync(dataset, system);

        Assert.Equal(181, report.Score.Pages);
        Assert.Equal(f1, Math.Round(report.Score.F1, 3));
        Assert.Equal(precision, Math.Round(report.Score.Precision, 3));
        Assert.Equal(recall, Math.Round(report.Score.Recall, 3));
    }

    [Fact]
    public async Task An_unknown_reference_system_is_reported_with_the_known_ones()
    {
        var dataset = await ScrapinghubDataset.LoadAsync(SharedData.Path("extraction", "scrapinghub-aeb"));

        var error = await Assert.ThrowsAsync<DatasetMissingException>(() => ExtractionBenchmark.RunReferenceAsync(dataset, "no-such-system"));

        Assert.Contains("trafilatura", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_folder_is_reported_as_missing_dataset()
    {
        var missing = Path.Combine(Path.GetTempPath(), "storyline-no-such-dataset-" + Guid.NewGuid().ToString("N"));

        var error = await Assert.ThrowsAsync<DatasetMissingException>(() => ScrapinghubDataset.LoadAsync(missing));

        Assert.Equal(missing, error.Path);
    }
}

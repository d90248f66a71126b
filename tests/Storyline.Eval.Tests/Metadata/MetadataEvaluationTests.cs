using Storyline.Eval.Metadata;

namespace Storyline.Eval.Tests.Metadata;

/// <summary>Holds metadata extraction to its measured floors on the Readability test pages (shared data, never copied here).</summary>
public sealed class MetadataEvaluationTests
{
    [Fact]
    public async Task Meets_the_title_and_published_floors_on_the_readability_pages()
    {
        var report = await new MetadataEvaluation().RunAsync(MetadataDataset.Load(SharedData.Path("extraction", "readability-testpages")), CancellationToken.None);

        Assert.True(report.PagesWithPublished >= 30, $"expected the pages with a published time, found {report.PagesWithPublished}");
        Assert.True(report.PublishedAccuracy >= 0.90, $"published day accuracy {report.PublishedAccuracy:P1} is below 90%");
        Assert.True(report.TitleAccuracy >= 0.95, $"title accuracy {report.TitleAccuracy:P1} is below 95%");
        Assert.True(report.SiteNameAccuracy >= 0.90, $"site name accuracy {report.SiteNameAccuracy:P1} is below 90%");
        Assert.True(report.BylineAccuracy >= 0.70, $"byline accuracy {report.BylineAccuracy:P1} is below 70%");
        Assert.True(report.BylinePrecision >= 0.90, $"author precision {report.BylinePrecision:P1} is below 90%");
    }

    [Fact]
    public void A_missing_dataset_is_reported_with_its_path()
    {
        var missing = Path.Combine(Path.GetTempPath(), "storyline-no-such-dataset-" + Guid.NewGuid().ToString("N"));
        var exception = Assert.Throws<DatasetMissingException>(() => MetadataDataset.Load(missing));
        Assert.Contains(missing, exception.Message, StringComparison.Ordinal);
    }
}

using Storyline.Eval.Clustering;

namespace Storyline.Eval.Tests.Clustering;

public class DucClusteringSetTests
{
    [Fact]
    public void Reads_every_listed_document_with_its_clusters_and_filing_day()
    {
        var items = DucClusteringSet.Read(SharedData.Path("clustering", "duc2004"));
        Assert.Equal(500, items.Sum(i => i.GoldClusters.Count));
        Assert.Equal(50, items.SelectMany(i => i.GoldClusters).Distinct().Count());
        Assert.All(items, i => Assert.NotNull(i.Published));
        Assert.All(items, i => Assert.False(string.IsNullOrWhiteSpace(i.Source.Content)));
    }

    [Fact]
    public void A_missing_folder_is_a_clear_error()
    {
        var error = Assert.Throws<DatasetMissingException>(() => DucClusteringSet.Read("/nonexistent/duc"));
        Assert.Contains("doc_to_cluster.tsv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Filing_day_comes_from_the_document_number()
    {
        Assert.Equal(new DateTimeOffset(1998, 10, 16, 12, 0, 0, TimeSpan.Zero), DucClusteringSet.DateOf("APW19981016.0240"));
        Assert.Null(DucClusteringSet.DateOf("XYZ.12"));
    }
}

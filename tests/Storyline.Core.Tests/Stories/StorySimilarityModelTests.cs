using Storyline.Core.Stories;

namespace Storyline.Core.Tests.Stories;

public class StorySimilarityModelTests
{
    private static readonly int FeatureCount = StorySimilarityModel.FeatureNames.Length;

    [Fact]
    public void The_shipped_model_weighs_every_feature_and_favours_similar_text()
    {
        var model = StorySimilarityModel.Default;
        Assert.Equal(FeatureCount, model.JoinWeights.Length);
        Assert.Equal(FeatureCount, model.MergeWeights.Length);
        Assert.InRange(model.JoinThreshold, 0, 1);

        var text = StorySimilarityModel.FeatureNames.IndexOf("text");
        var unlike = new double[FeatureCount];
        var alike = new double[FeatureCount];
        alike[text] = 0.6;
        Assert.True(model.JoinProbability(alike) > model.JoinProbability(unlike));
    }

    [Fact]
    public void A_written_model_reads_back_the_same()
    {
        var model = new StorySimilarityModel(
            [.. Enumerable.Range(0, FeatureCount).Select(i => i * 0.5)], -3.25, 0.7,
            [.. Enumerable.Range(0, FeatureCount).Select(i => -i / 3.0)], 1.0 / 7, 0.95);
        var writer = new StringWriter();
        model.Write(writer, ["made by a test"]);
        var text = writer.ToString();
        Assert.StartsWith("# made by a test", text, StringComparison.Ordinal);

        var read = StorySimilarityModel.Read(new StringReader(text), "test.tsv");
        Assert.Equal(model.JoinWeights.ToArray(), read.JoinWeights.ToArray());
        Assert.Equal(model.MergeWeights.ToArray(), read.MergeWeights.ToArray());
        Assert.Equal((model.JoinBias, model.JoinThreshold, model.MergeBias, model.MergeThreshold), (read.JoinBias, read.JoinThreshold, read.MergeBias, read.MergeThreshold));
    }

    [Theory]
    [InlineData("join\tcolour\t1", "test.tsv:1: unknown feature 'colour'")]
    [InlineData("split\ttext\t1", "test.tsv:1: unknown decision 'split'")]
    [InlineData("join\ttext\tmany", "test.tsv:1: expected")]
    [InlineData("join\ttext\t1", "test.tsv: join lacks")]
    public void A_bad_model_file_is_refused_with_the_line_and_the_problem(string content, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => StorySimilarityModel.Read(new StringReader(content), "test.tsv"));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_clusterer_follows_the_model_it_is_given()
    {
        // A model that never joins keeps every article on its own; one that always joins makes one story.
        var never = new StorySimilarityModel([.. new double[FeatureCount]], -50, 0.5, [.. new double[FeatureCount]], -50, 0.5);
        var always = never with { JoinBias = 50 };
        // The same words in a different order each time: alike to the model, never copies of each other.
        string[] words = ["osk", "river", "flood", "port", "aldane", "levee", "held", "water", "rose", "sandbags", "crews", "night"];
        var articles = Enumerable.Range(0, 4)
            .Select(i => Shuffled(words, i))
            .Select((body, i) => new ArticleProfile($"a{i}", $"hash{i}", null, "", body, null, [], []))
            .ToList();
        int StoriesWith(StorySimilarityModel model)
        {
            var clusterer = new StoryClusterer(new StoryClusteringOptions { Model = model, JoinThreshold = model.JoinThreshold, MergeThreshold = model.MergeThreshold, MinimumArticleWords = 1 });
            articles.ForEach(a => clusterer.Add(a));
            return clusterer.Stories.Count;
        }

        Assert.Equal(4, StoriesWith(never));
        Assert.Equal(1, StoriesWith(always));
    }

    private static string Shuffled(string[] words, int seed)
    {
        var copy = words.ToArray();
        new Random(seed).Shuffle(copy);
        return string.Join(" ", copy);
    }

    [Fact]
    public void Features_of_an_article_against_its_own_story_are_maximal()
    {
        var statistics = new TermStatistics(10);
        var article = new ArticleProfile("a", "h", "Levee holds", "The levee at Port Aldane held", "The levee at Port Aldane held as the Osk river rose.", null, ["per:ilse marrow"], ["geonames:1"]);
        var vector = ArticleVector.Of(article, statistics);
        statistics.Observe(vector.DistinctTerms());
        var story = new StoryCluster("story-a", 0, 0);
        story.Add(article.Id, vector, MemberSketch.Of(vector.Text, 100, statistics), null, 8);

        var features = StoryFeatures.Of(vector, null, story, statistics);
        var names = StoryFeatures.Names;
        Assert.Equal(names.Length, features.Length);
        foreach (var name in new[] { "text", "nearest_member", "lead", "entities", "places", "within_days", "within_weeks", "undated" })
        {
            Assert.Equal(1.0, features[names.IndexOf(name)], 6);
        }
    }
}

using Storyline.Core.Extraction;
using Storyline.Core.Stories;
using Storyline.Eval.Clustering;

namespace Storyline.Eval.Tests.Clustering;

public class ClusteringTrainerTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);

    private static readonly string[][] Events =
    [
        ["The ferry Lanmere Star capsized on the Osk river near Port Aldane.", "Divers searched the hull of the Lanmere Star for passengers.", "Governor Ilse Marrow ordered an inquiry into the ferry operator.", "Survivors of the capsized ferry gathered at the Port Aldane jetty."],
        ["A tunnel collapsed at the Vardel copper mine, trapping miners underground.", "Rescuers drilled toward the trapped miners at the Vardel mine.", "Kest Copper said ventilation reached the lower gallery of the mine.", "The first miner was hauled from the Vardel shaft in a steel capsule."],
        ["Fire swept through the Tollen timber market overnight.", "Firefighters contained the Tollen market blaze before dawn.", "Traders counted their losses among the burnt timber stalls of Tollen.", "The Tollen council promised loans to traders after the market fire."],
    ];

    private static readonly string[] Filler = ["weather", "council", "season", "harbour", "evening", "market", "report", "road", "bridge", "school", "family", "winter"];

    [Fact]
    public void A_model_learned_from_labelled_stories_separates_new_ones()
    {
        var training = new AnnotatedClusteringSet("fictional", "test", "publication date", Stream(0), 0);
        var result = ClusteringTrainer.Train([training]);

        Assert.True(result.JoinPositives > 0 && result.JoinPositives < result.JoinSamples, $"{result.JoinPositives} of {result.JoinSamples}");
        Assert.Equal(StorySimilarityModel.FeatureNames.Length, result.Model.JoinWeights.Length);
        Assert.True(result.TrainingPairwiseF1 > 0.9, $"training F1 {result.TrainingPairwiseF1}");

        // Fresh reports of the same kinds of events (other ids, order, filler) cluster with the learned model.
        var held = new AnnotatedClusteringSet("fictional-2", "test", "publication date", Stream(1), 0);
        var options = new StoryClusteringOptions { Model = result.Model, JoinThreshold = result.Model.JoinThreshold, MergeThreshold = result.Model.MergeThreshold };
        Assert.True(ClusteringEvaluator.Evaluate(held, options).Score.PairwiseF1 > 0.9);
    }

    private static List<LabelledArticle> Stream(int seed)
    {
        var random = new Random(seed);
        var articles = new List<LabelledArticle>();
        for (var report = 0; report < 6; report++)
        {
            for (var e = 0; e < Events.Length; e++)
            {
                var facts = Enumerable.Range(0, 3).Select(k => Events[e][(report + k + seed) % Events[e].Length]);
                var other = string.Join(" ", Enumerable.Range(0, 12).Select(_ => Filler[random.Next(Filler.Length)])) + ".";
                var body = string.Join(" ", facts.Append(other));
                var id = $"s{seed}-e{e}-r{report}";
                var profile = ArticleProfile.Of(id, ContentHash.Of(body + id), null, body, Start.AddHours((6 * report) + e), [], []);
                articles.Add(new LabelledArticle(profile, [$"event-{e}"]));
            }
        }

        return articles;
    }
}

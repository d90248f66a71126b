using System.Text.Json;
using CsCheck;
using Storyline.Eval.Clustering;

namespace Storyline.Eval.Tests.Clustering;

public class ClusteringScorerTests
{
    private static readonly Gen<Dictionary<string, string>> Labelled =
        Gen.Int[0, 6].Array[1, 40].Select(labels => labels.Select((label, i) => (Item: $"d{i}", Label: $"c{label}")).ToDictionary(p => p.Item, p => p.Label));

    [Fact]
    public void Perfect_clustering_scores_one()
    {
        Labelled.Sample(gold =>
        {
            var score = ClusteringScorer.Score(gold, gold.ToDictionary(p => p.Key, p => (string?)("s" + p.Value)));
            Assert.Equal(1.0, score.PairwiseF1, 9);
            Assert.Equal(1.0, score.BCubedF1, 9);
            Assert.Equal(0, score.FalsePositivePairs);
            Assert.Equal(0, score.FalseNegativePairs);
        });
    }

    [Fact]
    public void Pair_counts_add_up_to_all_pairs_and_scores_stay_in_range()
    {
        Gen.Select(Labelled, Gen.Int[0, 4].Array[40]).Sample((gold, assignment) =>
        {
            var system = gold.Keys.Select((item, i) => (item, label: assignment[i] == 0 ? null : $"s{assignment[i]}")).ToDictionary(p => p.item, p => p.label);
            var score = ClusteringScorer.Score(gold, system);
            var n = (long)gold.Count;
            Assert.Equal(n * (n - 1) / 2, score.TruePositivePairs + score.FalsePositivePairs + score.FalseNegativePairs + score.TrueNegativePairs);
            foreach (var value in new[] { score.PairwisePrecision, score.PairwiseRecall, score.PairwiseF1, score.BCubedPrecision, score.BCubedRecall, score.BCubedF1 })
            {
                Assert.InRange(value, 0, 1);
            }
        });
    }

    [Fact]
    public void All_singletons_have_full_precision_and_one_cluster_full_recall()
    {
        Labelled.Sample(gold =>
        {
            var singletons = ClusteringScorer.Score(gold, new Dictionary<string, string?>());
            var lumped = ClusteringScorer.Score(gold, gold.ToDictionary(p => p.Key, _ => (string?)"all"));
            Assert.Equal(1.0, singletons.BCubedPrecision, 9);
            Assert.Equal(0, singletons.TruePositivePairs);
            Assert.Equal(1.0, lumped.BCubedRecall, 9);
            Assert.Equal(1.0, lumped.PairwiseRecall, 9);
        });
    }

    [Fact]
    public void Known_example_gives_hand_computed_scores()
    {
        // Gold {a,b,c} {d,e}; system {a,b} {c,d,e}.
        var gold = new Dictionary<string, string> { ["a"] = "x", ["b"] = "x", ["c"] = "x", ["d"] = "y", ["e"] = "y" };
        var system = new Dictionary<string, string?> { ["a"] = "1", ["b"] = "1", ["c"] = "2", ["d"] = "2", ["e"] = "2" };
        var score = ClusteringScorer.Score(gold, system);
        // System pairs ab, cd, ce, de; gold pairs ab, ac, bc, de. TP ab, de.
        Assert.Equal(2, score.TruePositivePairs);
        Assert.Equal(2, score.FalsePositivePairs);
        Assert.Equal(2, score.FalseNegativePairs);
        Assert.Equal(0.5, score.PairwiseF1, 9);
        // B-cubed precision: a 1, b 1, c 1/3, d 2/3, e 2/3 -> 11/15; recall: a 2/3, b 2/3, c 1/3, d 1, e 1 -> 11/15.
        Assert.Equal(11.0 / 15, score.BCubedPrecision, 9);
        Assert.Equal(11.0 / 15, score.BCubedRecall, 9);
    }

    [Fact]
    public void An_item_in_two_gold_clusters_pairs_with_both()
    {
        var gold = new Dictionary<string, IReadOnlyCollection<string>> { ["a"] = ["x"], ["s"] = ["x", "y"], ["b"] = ["y"] };
        var together = ClusteringScorer.Score(gold, new Dictionary<string, string?> { ["a"] = "1", ["s"] = "1", ["b"] = "1" });
        // Gold pairs as, sb; a and b share no cluster, so their pair is the one false positive.
        Assert.Equal(2, together.TruePositivePairs);
        Assert.Equal(1, together.FalsePositivePairs);
        Assert.Equal(0, together.FalseNegativePairs);
    }

    [Fact]
    public void Reproduces_the_Miranda_2018_reference_scores_from_their_pair_counts()
    {
        // The reference files give tp/fp/fn/tn and p/r/f1 of the public re-implementation: the same
        // pair counts must give the same scores under this scorer's definitions, and cover C(n, 2).
        foreach (var file in new[] { "en.test.json", "en-no_merger.test.json", "de.test.json", "es.test.json" })
        {
            using var json = JsonDocument.Parse(File.ReadAllText(SharedData.Path("clustering", "miranda2018-reference-scores", file)));
            var root = json.RootElement;
            long Count(string name) => (long)root.GetProperty(name).GetDouble();
            var size = Count("size_true");
            var score = new ClusteringScore((int)size, 0, 0, Count("tp"), Count("fp"), Count("fn"), Count("tn"), 0, 0);
            Assert.Equal(size * (size - 1) / 2, Count("tp") + Count("fp") + Count("fn") + Count("tn"));
            Assert.Equal(root.GetProperty("p").GetDouble(), score.PairwisePrecision, 4);
            Assert.Equal(root.GetProperty("r").GetDouble(), score.PairwiseRecall, 4);
            Assert.Equal(root.GetProperty("f1").GetDouble(), score.PairwiseF1, 4);
        }
    }
}

using Storyline.Core.Stories;

namespace Storyline.Eval.Clustering;

/// <summary>
/// Learns <see cref="StorySimilarityModel"/> from labelled sets in four steps. (1) The clusterer runs
/// over each set with the gold clusters taking its decisions (<see cref="GoldStoryTeacher"/>); every
/// candidate story it considered becomes a labelled sample and a logistic join model is fitted.
/// (2) The join threshold is chosen by the pairwise F1 of real runs without merges. (3) The clusterer
/// runs again with joins by the model and merges by the gold, and every merge it considered becomes a
/// sample of the merge model. (4) The merge threshold is chosen by pairwise F1 of real runs.
/// </summary>
public static class ClusteringTrainer
{
    private const double NeverMerge = 1.01;

    private static readonly double[] JoinThresholds = [0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

    private static readonly double[] MergeThresholds = [0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, NeverMerge];

    public static ClusteringTraining Train(IReadOnlyList<AnnotatedClusteringSet> sets, StoryClusteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var baseOptions = options ?? new StoryClusteringOptions();
        var n = StorySimilarityModel.FeatureNames.Length;

        var joins = Samples(sets, baseOptions, null).Joins;
        var join = LogisticRegression.Fit(joins);
        var model = new StorySimilarityModel([.. join[..n]], join[n], 0.5, [.. join[..n]], join[n], NeverMerge);
        model = Best(sets, baseOptions, JoinThresholds.Select(t => model with { JoinThreshold = t })).Model;

        var merges = Samples(sets, baseOptions with { Model = model, JoinThreshold = model.JoinThreshold, MergeThreshold = NeverMerge }, model).Merges;
        if (merges.Any(m => m.Label) && merges.Any(m => !m.Label))
        {
            var merge = LogisticRegression.Fit(merges);
            model = model with { MergeWeights = [.. merge[..n]], MergeBias = merge[n] };
        }

        var best = Best(sets, baseOptions, MergeThresholds.Select(t => model with { MergeThreshold = t }));
        return new ClusteringTraining(best.Model, joins.Count, joins.Count(j => j.Label), merges.Count, merges.Count(m => m.Label), best.F1);
    }

    private static (List<(double[] Features, bool Label)> Joins, List<(double[] Features, bool Label)> Merges) Samples(
        IReadOnlyList<AnnotatedClusteringSet> sets, StoryClusteringOptions options, StorySimilarityModel? joinModel)
    {
        var all = (Joins: new List<(double[] Features, bool Label)>(), Merges: new List<(double[] Features, bool Label)>());
        foreach (var set in sets)
        {
            var teacher = new GoldStoryTeacher(set.Stream.ToDictionary(a => a.Article.Id, a => a.GoldClusters, StringComparer.Ordinal), joinModel);
            var clusterer = new StoryClusterer(options);
            foreach (var labelled in set.Stream)
            {
                clusterer.Add(labelled.Article, teacher);
            }

            all.Joins.AddRange(teacher.Joins);
            all.Merges.AddRange(teacher.Merges);
        }

        return all;
    }

    /// <summary>The model with the best mean pairwise F1 over the sets; the first on ties.</summary>
    private static (StorySimilarityModel Model, double F1) Best(IReadOnlyList<AnnotatedClusteringSet> sets, StoryClusteringOptions options, IEnumerable<StorySimilarityModel> models)
    {
        var best = (Model: (StorySimilarityModel?)null, F1: double.NegativeInfinity);
        foreach (var model in models)
        {
            var run = options with { Model = model, JoinThreshold = model.JoinThreshold, MergeThreshold = model.MergeThreshold };
            var f1 = sets.Average(set => ClusteringEvaluator.Evaluate(set, run).Score.PairwiseF1);
            if (f1 > best.F1 + 1e-9)
            {
                best = (model, f1);
            }
        }

        return (best.Model!, best.F1);
    }
}

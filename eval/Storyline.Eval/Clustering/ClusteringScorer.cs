namespace Storyline.Eval.Clustering;

/// <summary>
/// Scores a system clustering against gold clusters. Gold may list an item under several clusters
/// (DUC 2004 does for 11 documents); the scores then follow the extended definitions of Amigó et al.
/// (2009), which reduce to the usual ones when every item has one gold cluster:
/// <list type="bullet">
/// <item>pairwise: a gold pair is two items sharing at least one gold cluster; a system pair two items
/// in the same system cluster; TP/FP/FN/TN count over all C(n, 2) item pairs, as in the pair counts of
/// Miranda et al. (2018)'s public scorer;</item>
/// <item>B-cubed: per item, precision is the share of its system cluster (itself included) that shares
/// a gold cluster with it, recall the share of the items sharing a gold cluster with it that are in
/// its system cluster; both averaged over items.</item>
/// </list>
/// Every gold item counts. An item the system left unclustered (null label, or absent) is a singleton
/// of its own: its gold pairs are false negatives, and its B-cubed precision is 1.
/// Cost grows with the squares of cluster sizes, never with all pairs of items.
/// </summary>
public static class ClusteringScorer
{
    public static ClusteringScore Score(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string?> system) =>
        Score(gold.ToDictionary(p => p.Key, p => (IReadOnlyCollection<string>)[p.Value], StringComparer.Ordinal), system);

    public static ClusteringScore Score(IReadOnlyDictionary<string, IReadOnlyCollection<string>> gold, IReadOnlyDictionary<string, string?> system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        var items = gold.Keys.Order(StringComparer.Ordinal).ToArray();
        var index = items.Select((item, i) => (item, i)).ToDictionary(p => p.item, p => p.i, StringComparer.Ordinal);
        var labels = items.Select(item => gold[item].Count == 0
            ? throw new ArgumentException($"Gold item '{item}' has no cluster.", nameof(gold))
            : gold[item].ToHashSet(StringComparer.Ordinal)).ToArray();

        // Unclustered items get a label no other item has.
        var systemClusters = items.Select((item, i) => (i, label: system.TryGetValue(item, out var l) && l is not null ? l : "\u0000" + item))
            .GroupBy(p => p.label, StringComparer.Ordinal).Select(g => g.Select(p => p.i).ToArray()).ToArray();
        var goldClusters = items.SelectMany((item, i) => labels[i].Select(label => (label, i)))
            .GroupBy(p => p.label, StringComparer.Ordinal).Select(g => g.Select(p => p.i).ToArray()).ToArray();
        var systemOf = new int[items.Length];
        for (var c = 0; c < systemClusters.Length; c++)
        {
            foreach (var i in systemClusters[c])
            {
                systemOf[i] = c;
            }
        }

        // Items sharing a gold cluster with each item (itself included), each counted once.
        var related = new HashSet<int>[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            related[i] = [];
        }

        foreach (var cluster in goldClusters)
        {
            foreach (var i in cluster)
            {
                related[i].UnionWith(cluster);
            }
        }

        long truePositives = 0, systemPairs = 0, goldPairs = 0;
        double precision = 0, recall = 0;
        foreach (var cluster in systemClusters)
        {
            systemPairs += (long)cluster.Length * (cluster.Length - 1) / 2;
            foreach (var i in cluster)
            {
                var correct = cluster.Count(j => related[i].Contains(j));
                truePositives += correct - 1;
                precision += correct / (double)cluster.Length;
                recall += correct / (double)related[i].Count;
            }
        }

        truePositives /= 2;
        for (var i = 0; i < items.Length; i++)
        {
            goldPairs += related[i].Count - 1;
        }

        goldPairs /= 2;
        var n = Math.Max(items.Length, 1);
        var allPairs = (long)items.Length * (items.Length - 1) / 2;
        return new ClusteringScore(
            items.Length,
            goldClusters.Length,
            systemClusters.Length,
            truePositives,
            systemPairs - truePositives,
            goldPairs - truePositives,
            allPairs - systemPairs - goldPairs + truePositives,
            items.Length == 0 ? 1 : precision / n,
            items.Length == 0 ? 1 : recall / n);
    }
}

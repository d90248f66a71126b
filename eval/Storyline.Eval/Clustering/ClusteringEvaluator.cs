using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Storyline.Core.Extraction;
using Storyline.Core.Pipeline;
using Storyline.Core.Stories;

namespace Storyline.Eval.Clustering;

/// <summary>
/// Runs Storyline's story clustering online over a labelled set and scores it. Every input goes
/// through <see cref="ArticleExtractor"/> (so raw pages lose their furniture as in production) and
/// the standard pipeline (entities, places), then reaches <see cref="StoryClusterer"/> one at a
/// time in publication order. Multi-News carries no dates, so its documents arrive in a fixed
/// pseudo-random order (by a hash of their id), which carries no information about the clusters.
/// </summary>
public static class ClusteringEvaluator
{
    public static ClusteringEvaluation Evaluate(string path, StoryClusteringOptions? options = null) => Evaluate(Annotate(path), options);

    /// <summary>Reads, extracts and annotates a labelled set, and puts it in stream order.</summary>
    public static AnnotatedClusteringSet Annotate(string path)
    {
        var (format, items) = Read(path);
        var extractor = new ArticleExtractor();
        var pipeline = StandardPipeline.Create();

        var annotationClock = Stopwatch.StartNew();
        var articles = new List<LabelledArticle>(items.Count);
        foreach (var item in items)
        {
            var source = item.Source with { Hints = new ArticleHints(item.Title, null, item.Published, item.Published is null ? null : "input") };
            var document = pipeline.Run(extractor.Extract(source));
            articles.Add(new LabelledArticle(ArticleProfile.From(document, item.Id), item.GoldClusters));
        }

        annotationClock.Stop();
        var dated = items.All(i => i.Published is not null);
        var ordered = dated
            ? articles.OrderBy(a => a.Article.Published).ThenBy(a => a.Article.Id, StringComparer.Ordinal).ToList()
            : articles.OrderBy(a => OrderKey(a.Article.Id), StringComparer.Ordinal).ToList();
        return new AnnotatedClusteringSet(path, format, dated ? "publication date" : "hash of document id (no dates)", ordered, annotationClock.Elapsed.TotalSeconds);
    }

    /// <summary>Clusters an annotated set in its stream order and scores the result.</summary>
    public static ClusteringEvaluation Evaluate(AnnotatedClusteringSet set, StoryClusteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        var clusterer = new StoryClusterer(options);
        var clusteringClock = Stopwatch.StartNew();
        foreach (var labelled in set.Stream)
        {
            clusterer.Add(labelled.Article);
        }

        clusteringClock.Stop();
        var gold = set.Stream.ToDictionary(a => a.Article.Id, a => a.GoldClusters, StringComparer.Ordinal);
        var system = set.Stream.ToDictionary(a => a.Article.Id, a => clusterer.StoryOf(a.Article.Id), StringComparer.Ordinal);
        var kept = gold.Where(p => !clusterer.NonArticles.ContainsKey(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return new ClusteringEvaluation(
            set.Path,
            set.Format,
            set.Order,
            ClusteringScorer.Score(gold, system),
            ClusteringScorer.Score(kept, system),
            clusterer.NonArticles.Count,
            clusterer.Stories.Count,
            clusterer.Copies.Origins.Count,
            clusteringClock.Elapsed.TotalSeconds,
            set.AnnotationSeconds);
    }

    private static (string Format, IReadOnlyList<ClusteringItem> Items) Read(string path)
    {
        if (Directory.Exists(path))
        {
            return ("duc", DucClusteringSet.Read(path));
        }

        if (File.Exists(path))
        {
            return ("multi-news", MultiNewsClusteringSet.Read(path));
        }

        throw new DatasetMissingException(path, $"not found (expected a DUC-style folder with {DucClusteringSet.LabelFile} or a Multi-News JSON Lines file)");
    }

    private static string OrderKey(string id) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
}

using System.CommandLine;
using System.Text.Json;
using Storyline.Core.Serialization;
using Storyline.Core.Stories;
using Storyline.Eval;
using Storyline.Eval.Clustering;

namespace Storyline.Cli.Commands.Stories;

/// <summary>
/// <c>storyline eval clustering --data PATH</c>: pairwise and B-cubed scores of online story
/// clustering on a DUC-style folder (doc_to_cluster.tsv) or a Multi-News JSON Lines file.
/// </summary>
public static class EvalClusteringCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        data.Description = "DUC-style folder with doc_to_cluster.tsv and docs/<cluster>/<DOCNO>, or a Multi-News JSON Lines file";
        var model = new Option<string?>("--model") { Description = "A model file from 'storyline train clustering' instead of the shipped one (its thresholds too)" };
        var join = new Option<double?>("--join-threshold") { Description = "Least join probability for an article to join a story (default: the model's)" };
        var merge = new Option<double?>("--merge-threshold") { Description = "Least merge probability for two stories to merge (default: the model's)" };
        var json = CommonOptions.Json();
        var command = new Command("clustering", "Score online story clustering with pairwise and B-cubed precision, recall and F1") { data, model, join, merge, json };
        command.SetAction(parse => DatasetAction.Run(parse, () =>
        {
            var output = parse.InvocationConfiguration.Output;
            var options = new StoryClusteringOptions();
            if (parse.GetValue(model) is { } modelPath)
            {
                using var reader = new StreamReader(modelPath);
                var loaded = StorySimilarityModel.Read(reader, modelPath);
                options = options with { Model = loaded, JoinThreshold = loaded.JoinThreshold, MergeThreshold = loaded.MergeThreshold };
            }

            options = parse.GetValue(join) is { } joinThreshold ? options with { JoinThreshold = joinThreshold } : options;
            options = parse.GetValue(merge) is { } mergeThreshold ? options with { MergeThreshold = mergeThreshold } : options;
            var evaluation = ClusteringEvaluator.Evaluate(parse.GetValue(data)!, options);
            var score = evaluation.Score;
            var articles = evaluation.ArticlesOnly;
            if (parse.GetValue(json))
            {
                var report = new
                {
                    data = evaluation.Path,
                    format = evaluation.Format,
                    order = evaluation.Order,
                    documents = score.Items,
                    gold_clusters = score.GoldClusters,
                    stories = evaluation.Stories,
                    non_articles = evaluation.NonArticles,
                    wire_copies = evaluation.WireCopies,
                    pairwise_precision = Math.Round(score.PairwisePrecision, 4),
                    pairwise_recall = Math.Round(score.PairwiseRecall, 4),
                    pairwise_f1 = Math.Round(score.PairwiseF1, 4),
                    bcubed_precision = Math.Round(score.BCubedPrecision, 4),
                    bcubed_recall = Math.Round(score.BCubedRecall, 4),
                    bcubed_f1 = Math.Round(score.BCubedF1, 4),
                    articles_only_pairwise_f1 = Math.Round(articles.PairwiseF1, 4),
                    articles_only_bcubed_f1 = Math.Round(articles.BCubedF1, 4),
                    tp_pairs = score.TruePositivePairs,
                    fp_pairs = score.FalsePositivePairs,
                    fn_pairs = score.FalseNegativePairs,
                    clustering_articles_per_second = Math.Round(score.Items / Math.Max(evaluation.ClusteringSeconds, 1e-9)),
                };
                output.WriteLine(JsonSerializer.Serialize(report, StorylineJson.Options));
            }
            else
            {
                output.WriteLine($"{evaluation.Path} ({evaluation.Format}): {score.Items} documents in {score.GoldClusters} gold clusters, fed in {evaluation.Order} order");
                output.WriteLine($"system: {evaluation.Stories} stories, {evaluation.NonArticles} non-articles (scored as singletons), {evaluation.WireCopies} copies of earlier texts");
                output.WriteLine($"{"",-22}{"precision",10}{"recall",10}{"F1",10}");
                output.WriteLine($"{"pairwise",-22}{score.PairwisePrecision,10:F4}{score.PairwiseRecall,10:F4}{score.PairwiseF1,10:F4}");
                output.WriteLine($"{"B-cubed",-22}{score.BCubedPrecision,10:F4}{score.BCubedRecall,10:F4}{score.BCubedF1,10:F4}");
                output.WriteLine($"{"pairwise, articles",-22}{articles.PairwisePrecision,10:F4}{articles.PairwiseRecall,10:F4}{articles.PairwiseF1,10:F4}");
                output.WriteLine($"{"B-cubed, articles",-22}{articles.BCubedPrecision,10:F4}{articles.BCubedRecall,10:F4}{articles.BCubedF1,10:F4}");
                output.WriteLine($"clusterer alone: {score.Items / Math.Max(evaluation.ClusteringSeconds, 1e-9):F0} articles/s (extraction and annotation {evaluation.AnnotationSeconds:F1} s)");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Storyline.Core.Serialization;
using Storyline.Eval;
using Storyline.Eval.Rouge;

namespace Storyline.Cli.Commands.Summaries;

/// <summary>
/// <c>storyline eval rouge --data DIR</c>: ROUGE-1.5.5 over every system of a peers/ + models/
/// folder, with the script's options. When DIR holds published averages (published_eval/**/*ROUGE*.csv)
/// the largest difference from them is reported too.
/// </summary>
public static class EvalRougeCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        data.Description = "Folder with models/TOPIC.* and peers/SYSTEM/TOPIC (MultiLing/DUC layout)";
        var json = CommonOptions.Json();
        var maxNgram = new Option<int>("--max-ngram") { Description = "ROUGE -n: compute ROUGE-1..N", DefaultValueFactory = _ => 2 };
        var skip = new Option<int?>("--skip") { Description = "ROUGE -2: skip-bigram gap (with unigrams, -u); negative = unlimited", DefaultValueFactory = _ => 4 };
        var noSkip = new Option<bool>("--no-skip") { Description = "Do not compute ROUGE-SU" };
        var noLcs = new Option<bool>("--no-lcs") { Description = "ROUGE -x: do not compute ROUGE-L" };
        var stem = new Option<bool>("--stem") { Description = "ROUGE -m: Porter stemming (ROUGE's variant, without its WordNet exception table)" };
        var stopwords = new Option<string?>("--stopwords") { Description = "ROUGE -s: remove the words listed in this file (one per line, e.g. ROUGE's smart_common_words.txt)" };
        var words = new Option<int>("--words") { Description = "ROUGE -l: only the first N words of every summary" };
        var bytes = new Option<int>("--bytes") { Description = "ROUGE -b: only the first N bytes of every summary" };
        var formula = new Option<string>("--formula") { Description = "ROUGE -f: A = pool all references, B = best reference", DefaultValueFactory = _ => "A" };
        var alpha = new Option<double>("--alpha") { Description = "ROUGE -p: weight of precision in F", DefaultValueFactory = _ => 0.5 };
        var jackknife = new Option<bool>("--jackknife") { Description = "Average over the leave-one-reference-out subsets (Lin 2004)" };
        var command = new Command("rouge", "ROUGE-1.5.5 (ROUGE-N, L, SU) over a folder of peer and reference summaries")
        {
            data, json, maxNgram, skip, noSkip, noLcs, stem, stopwords, words, bytes, formula, alpha, jackknife,
        };
        command.SetAction(parse => DatasetAction.Run(parse, () =>
        {
            var stopwordFile = parse.GetValue(stopwords);
            var options = new RougeOptions
            {
                MaxNgram = parse.GetValue(maxNgram),
                SkipDistance = parse.GetValue(noSkip) ? null : parse.GetValue(skip),
                ComputeLcs = !parse.GetValue(noLcs),
                Stem = parse.GetValue(stem),
                Stopwords = stopwordFile is null ? null : File.ReadLines(stopwordFile).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal),
                WordLimit = parse.GetValue(words),
                ByteLimit = parse.GetValue(bytes),
                Formula = parse.GetValue(formula)?.ToUpperInvariant() switch
                {
                    "A" => RougeFormula.ModelAverage,
                    "B" => RougeFormula.BestModel,
                    var other => throw new ArgumentException($"--formula must be A or B, got '{other}'"),
                },
                Alpha = parse.GetValue(alpha),
                Jackknife = parse.GetValue(jackknife),
            };
            options.Validate();
            var folder = PeerModelFolder.Read(parse.GetValue(data)!);
            var results = RougeEvaluation.Run(folder, options);
            var published = PublishedRouge.Read(Path.Combine(folder.Path, "published_eval"));
            var compared = published
                .Select(row => results.FirstOrDefault(r => r.System == row.System)?.Averages.GetValueOrDefault(row.Metric) is { } ours
                    ? (double?)new[] { row.Recall - ours.Mean.Recall, row.Precision - ours.Mean.Precision, row.F - ours.Mean.F }.Max(Math.Abs)
                    : null)
                .OfType<double>()
                .ToList();
            double? maxDifference = compared.Count > 0 ? compared.Max() : null;

            if (parse.GetValue(json))
            {
                var systems = results.Select(r => r.Averages.Aggregate(
                    new Dictionary<string, object> { ["system"] = r.System },
                    (row, pair) =>
                    {
                        var key = pair.Key.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal);
                        row[$"{key}_r"] = pair.Value.Mean.Recall;
                        row[$"{key}_p"] = pair.Value.Mean.Precision;
                        row[$"{key}_f"] = pair.Value.Mean.F;
                        return row;
                    })).ToList();
                var report = new Dictionary<string, object?>
                {
                    ["data"] = folder.Path,
                    ["topics"] = folder.Topics.Count,
                    ["systems"] = systems,
                    ["published_values_compared"] = compared.Count * 3,
                    ["published_max_abs_diff"] = maxDifference,
                };
                Console.WriteLine(JsonSerializer.Serialize(report, StorylineJson.Options));
            }
            else
            {
                Console.WriteLine($"{folder.Path}: {folder.Topics.Count} topics, {results.Count} systems");
                foreach (var result in results)
                {
                    foreach (var (metric, average) in result.Averages)
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"{result.System,-8} {metric,-10} R {average.Mean.Recall:F5}  P {average.Mean.Precision:F5}  F {average.Mean.F:F5}  (95% CI of F {average.Lower.F:F5} - {average.Upper.F:F5})"));
                    }
                }

                if (maxDifference is { } difference)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"published averages: {compared.Count * 3} values compared, largest difference {difference:F5}"));
                }
            }

            return ExitCodes.Success;
        }, optionErrorsAreUsage: true));
        return command;
    }
}

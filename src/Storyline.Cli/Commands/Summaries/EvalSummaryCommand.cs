using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Storyline.Core.Extraction;
using Storyline.Core.Pipeline;
using Storyline.Core.Serialization;
using Storyline.Core.Summaries;
using Storyline.Eval;
using Storyline.Eval.Rouge;
using Storyline.Eval.Summaries;

namespace Storyline.Cli.Commands.Summaries;

/// <summary>
/// <c>storyline eval summary --data PATH</c>: Storyline's summariser and a lead baseline of the same
/// length, both scored with the ROUGE-1.5.5 port on a MultiLing folder (official MultiLing 2011
/// settings, 250 words) or a Multi-News JSON Lines file (260 words).
/// </summary>
public static class EvalSummaryCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        data.Description = "MultiLing folder (source/, models/) or Multi-News JSON Lines file";
        var json = CommonOptions.Json();
        var words = new Option<int?>("--words") { Description = "Summary length budget in words (default 250 for MultiLing, 260 for Multi-News)" };
        var stem = new Option<bool>("--stem") { Description = "ROUGE -m: Porter-stem before matching (off by default, as in the official MultiLing run)" };
        var command = new Command("summary", "Score Storyline's summariser (and a lead baseline) with ROUGE") { data, json, words, stem };
        command.SetAction(parse => DatasetAction.Run(parse, () =>
        {
            var path = parse.GetValue(data)!;
            var clock = Stopwatch.StartNew();
            var dataset = new SummaryDataset(new ArticleExtractor(), StandardPipeline.Create());
            var topics = dataset.Read(path);
            var readTime = clock.Elapsed;
            var multiLing = dataset.Kind == "multiling";
            var options = new SummaryOptions { WordBudget = parse.GetValue(words) ?? (multiLing ? 250 : 260) };
            var rouge = RougeOptions.MultiLing2011 with { ComputeLcs = true, Stem = parse.GetValue(stem) };
            var result = SummaryEvaluation.Run(path, topics, readTime, options, rouge);
            var ours = result.Ours;
            var lead = result.Lead;
            if (parse.GetValue(json))
            {
                var report = new Dictionary<string, object>
                {
                    ["data"] = result.Data,
                    ["kind"] = dataset.Kind,
                    ["topics"] = result.Topics,
                    ["articles"] = result.Articles,
                    ["word_budget"] = result.WordBudget,
                    ["mean_summary_words"] = Math.Round(result.MeanSummaryWords, 1),
                    ["stemmed"] = rouge.Stem,
                    ["rouge1_f"] = Round(ours["ROUGE-1"].F),
                    ["rouge2_f"] = Round(ours["ROUGE-2"].F),
                    ["rougeL_f"] = Round(ours["ROUGE-L"].F),
                    ["rougeSU4_f"] = Round(ours["ROUGE-SU4"].F),
                    ["rouge1_r"] = Round(ours["ROUGE-1"].Recall),
                    ["rouge2_r"] = Round(ours["ROUGE-2"].Recall),
                    ["lead_rouge1_f"] = Round(lead["ROUGE-1"].F),
                    ["lead_rouge2_f"] = Round(lead["ROUGE-2"].F),
                    ["lead_rougeL_f"] = Round(lead["ROUGE-L"].F),
                    ["read_seconds"] = Math.Round(result.ReadTime.TotalSeconds, 2),
                    ["summarise_score_seconds"] = Math.Round(result.SummariseAndScoreTime.TotalSeconds, 2),
                };
                // The JSON contract spells these keys with a capital L; keep them verbatim.
                Console.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions(StorylineJson.Options) { DictionaryKeyPolicy = null }));
            }
            else
            {
                Console.WriteLine($"{result.Data}: {result.Topics} topics, {result.Articles} articles, budget {result.WordBudget} words (mean {result.MeanSummaryWords:F0}), ROUGE {(rouge.Stem ? "stemmed" : "unstemmed")}");
                foreach (var metric in ours.Keys)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{metric,-10} storyline R {ours[metric].Recall:F4} P {ours[metric].Precision:F4} F {ours[metric].F:F4}   lead R {lead[metric].Recall:F4} P {lead[metric].Precision:F4} F {lead[metric].F:F4}"));
                }

                Console.WriteLine($"read+annotate {result.ReadTime.TotalSeconds:F1} s, summarise+score {result.SummariseAndScoreTime.TotalSeconds:F1} s");
            }

            return ExitCodes.Success;
        }, optionErrorsAreUsage: true));
        return command;
    }

    private static double Round(double value) => Math.Round(value, 5);
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Storyline.Core.Serialization;
using Storyline.Eval;
using Storyline.Eval.Rouge;
using Storyline.Eval.Timelines;

namespace Storyline.Cli.Commands.Summaries;

/// <summary>
/// <c>storyline eval timeline --data GOLD --system DIR</c>: tilse's timeline measures (concat,
/// agreement and align+ m:1 ROUGE-1/2, date F1) of system timelines against gold ones, averaged per
/// timeline. Both sides are tilse text files; see <see cref="TimelinePairs"/> for how they pair.
/// </summary>
public static class EvalTimelineCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        data.Description = "Folder of gold timelines, TOPIC/NAME.txt (e.g. tls-gold/gold_timelines)";
        var system = new Option<string>("--system") { Description = "Folder of system timelines named *_TOPIC_NAME.txt", Required = true };
        var json = CommonOptions.Json();
        var noStem = new Option<bool>("--no-stem") { Description = "Match words unstemmed (default: ROUGE -m stemming, as usual in TLS)" };
        var command = new Command("timeline", "Score timelines: alignment-based ROUGE (concat, agreement, align+ m:1) and date F1") { data, system, json, noStem };
        command.SetAction(parse => DatasetAction.Run(parse, () =>
        {
            var clock = Stopwatch.StartNew();
            var pairs = TimelinePairs.Match(parse.GetValue(data)!, parse.GetValue(system)!);
            if (pairs.Count == 0)
            {
                throw new DatasetMissingException(parse.GetValue(system)!, "no system timeline matches a gold timeline by name");
            }

            var result = TimelineEvaluation.Run(pairs, new RougeOptions { Stem = !parse.GetValue(noStem) });
            if (parse.GetValue(json))
            {
                var report = new Dictionary<string, object>
                {
                    ["data"] = parse.GetValue(data)!,
                    ["system"] = parse.GetValue(system)!,
                    ["timelines"] = result.Timelines,
                    ["concat_rouge1_f"] = Math.Round(result.ConcatF1, 4),
                    ["concat_rouge2_f"] = Math.Round(result.ConcatF2, 4),
                    ["agreement_rouge1_f"] = Math.Round(result.AgreementF1, 4),
                    ["agreement_rouge2_f"] = Math.Round(result.AgreementF2, 4),
                    ["align_m1_rouge1_f"] = Math.Round(result.AlignF1, 4),
                    ["align_m1_rouge2_f"] = Math.Round(result.AlignF2, 4),
                    ["date_f1"] = Math.Round(result.DateF1, 4),
                    ["seconds"] = Math.Round(clock.Elapsed.TotalSeconds, 2),
                };
                Console.WriteLine(JsonSerializer.Serialize(report, StorylineJson.Options));
            }
            else
            {
                Console.WriteLine($"{result.Timelines} timelines");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"concat       R1 F {result.ConcatF1:F4}  R2 F {result.ConcatF2:F4}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"agreement    R1 F {result.AgreementF1:F4}  R2 F {result.AgreementF2:F4}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"align+ m:1   R1 F {result.AlignF1:F4}  R2 F {result.AlignF2:F4}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dates        F1 {result.DateF1:F4}"));
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}

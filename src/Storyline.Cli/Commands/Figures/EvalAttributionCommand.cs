using System.CommandLine;
using System.Text.Json;
using Storyline.Core.Pipeline;
using Storyline.Core.Serialization;
using Storyline.Eval;
using Storyline.Eval.Attributions;

namespace Storyline.Cli.Commands.Figures;

/// <summary>
/// <c>storyline eval attribution --data DIR</c>: who-said-it scored on a PolNeAR split folder with
/// Citron's span metrics, over all attributions and over those whose content holds a number.
/// </summary>
public static class EvalAttributionCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        data.Description = "PolNeAR split folder holding text/ and attributions/";
        var json = CommonOptions.Json();
        var errors = new Option<string?>("--errors") { Description = "Also write every gold attribution beside its aligned prediction, and every unaligned prediction, to this TSV file" };
        var command = new Command("attribution", "Score attribution (source, cue) on PolNeAR with Citron's metrics") { data, json, errors };
        command.SetAction(parse => DatasetAction.Run(parse, () =>
        {
            var evaluation = AttributionEvaluator.Evaluate(parse.GetValue(data)!, StandardPipeline.Create());
            if (parse.GetValue(errors) is { Length: > 0 } errorsPath)
            {
                WriteComparisons(errorsPath, evaluation.Comparisons);
            }

            var all = evaluation.All;
            var numbers = evaluation.WithNumbers;
            if (parse.GetValue(json))
            {
                var report = new
                {
                    data = evaluation.Folder,
                    annotations = evaluation.Articles,
                    gold = all.Gold,
                    predicted = all.Predicted,
                    sourceF1Exact = Round(all.SourceExact.F1),
                    sourceF1Overlap = Round(all.SourceOverlap.F1),
                    cueF1 = Round(all.CueExact.F1),
                    contentF1Overlap = Round(all.ContentOverlap.F1),
                    sourcePrecisionOverlap = Round(all.SourceOverlap.Precision),
                    sourceRecallOverlap = Round(all.SourceOverlap.Recall),
                    numberGold = numbers.Gold,
                    numberPredicted = numbers.Predicted,
                    numberSourceF1Exact = Round(numbers.SourceExact.F1),
                    numberSourceF1Overlap = Round(numbers.SourceOverlap.F1),
                    numberSourcePrecisionOverlap = Round(numbers.SourceOverlap.Precision),
                    numberSourceRecallOverlap = Round(numbers.SourceOverlap.Recall),
                    numberCueF1 = Round(numbers.CueExact.F1),
                };
                Console.WriteLine(JsonSerializer.Serialize(report, StorylineJson.Options));
            }
            else
            {
                Console.WriteLine($"{evaluation.Folder}: {evaluation.Articles} annotation files, {all.Gold} gold attributions, {all.Predicted} found");
                Print("all", all);
                Print("with a number", numbers);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static void WriteComparisons(string path, IReadOnlyList<AttributionComparison> comparisons)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("article\thas_number\tsource_exact\tgold_cue\tgold_source\tpredicted_cue\tpredicted_source\tgold_content\tpredicted_content");
        foreach (var c in comparisons)
        {
            writer.WriteLine(string.Join('\t',
                c.Article, c.HasNumber ? "1" : "0", c.SourceExact ? "1" : "0", Cell(c.GoldCue), Cell(c.GoldSource), Cell(c.PredictedCue), Cell(c.PredictedSource), Cell(c.GoldContent), Cell(c.PredictedContent)));
        }
    }

    private static string Cell(string? value) => value is null ? "-" : value.ReplaceLineEndings(" ").Replace('\t', ' ');

    private static double Round(double value) => Math.Round(value, 1);

    private static void Print(string name, AttributionScore score)
    {
        Console.WriteLine($"{name} ({score.Gold} gold, {score.Predicted} found)");
        Console.WriteLine($"  cue exact       P {score.CueExact.Precision,5:F1}  R {score.CueExact.Recall,5:F1}  F1 {score.CueExact.F1,5:F1}");
        Console.WriteLine($"  source exact    P {score.SourceExact.Precision,5:F1}  R {score.SourceExact.Recall,5:F1}  F1 {score.SourceExact.F1,5:F1}");
        Console.WriteLine($"  source overlap  P {score.SourceOverlap.Precision,5:F1}  R {score.SourceOverlap.Recall,5:F1}  F1 {score.SourceOverlap.F1,5:F1}");
        Console.WriteLine($"  content overlap P {score.ContentOverlap.Precision,5:F1}  R {score.ContentOverlap.Recall,5:F1}  F1 {score.ContentOverlap.F1,5:F1}");
    }
}

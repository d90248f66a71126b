using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Storyline.Core.Serialization;
using Storyline.Eval;
using Storyline.Eval.Time;

namespace Storyline.Cli.Commands.Language;

/// <summary>
/// <c>storyline eval time --data DIR</c>: TempEval-3 timex scores (strict and relaxed extent match,
/// value and type F1) of the time stage on a folder of TimeML .tml files or MEANTIME CAT files.
/// </summary>
public static class EvalTimeCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        data.Description = "Folder of TimeML .tml files with their creation time (TempEval-3), or of MEANTIME CAT .xml files";
        var errors = new Option<string?>("--errors") { Description = "Write every missed, spurious or wrongly valued timex to this TSV file" };
        var json = CommonOptions.Json();
        var command = new Command("time", "Score time-expression recognition and normalisation with the TempEval-3 timex metrics") { data, errors, json };
        command.SetAction(parse => DatasetAction.Run(parse, () =>
        {
            var output = parse.InvocationConfiguration.Output;
            var evaluation = TimeEvaluator.Score(parse.GetValue(data)!);
            if (parse.GetValue(errors) is { } errorPath)
            {
                File.WriteAllText(errorPath, ErrorTable(evaluation), Encoding.UTF8);
            }

            var score = evaluation.Score;
            if (parse.GetValue(json))
            {
                var report = new
                {
                    data = evaluation.Path,
                    files = evaluation.Files,
                    tokens = evaluation.Tokens,
                    gold = score.Gold,
                    system = score.System,
                    strict_precision = Math.Round(score.StrictPrecision, 2),
                    strict_recall = Math.Round(score.StrictRecall, 2),
                    strict_f1 = Math.Round(score.StrictF1, 2),
                    relaxed_precision = Math.Round(score.RelaxedPrecision, 2),
                    relaxed_recall = Math.Round(score.RelaxedRecall, 2),
                    relaxed_f1 = Math.Round(score.RelaxedF1, 2),
                    value_precision = Math.Round(score.ValuePrecision, 2),
                    value_recall = Math.Round(score.ValueRecall, 2),
                    value_f1 = Math.Round(score.ValueF1, 2),
                    value_accuracy = Math.Round(score.ValueAccuracy, 2),
                    type_accuracy = Math.Round(score.TypeAccuracy, 2),
                    type_f1 = Math.Round(score.TypeF1, 2),
                    strict_matches = score.StrictMatches,
                    relaxed_matches = score.RelaxedMatches,
                    value_matches = score.ValueMatches,
                    type_matches = score.TypeMatches,
                    tokens_per_second = Math.Round(evaluation.TokensPerSecond),
                };
                output.WriteLine(JsonSerializer.Serialize(report, StorylineJson.Options));
            }
            else
            {
                output.WriteLine($"{evaluation.Path}: {evaluation.Files} files, {evaluation.Tokens} tokens, {score.Gold} gold timexes, {score.System} found");
                output.WriteLine($"strict match : precision {score.StrictPrecision:F2}%; recall {score.StrictRecall:F2}%; F1 {score.StrictF1:F2}");
                output.WriteLine($"relaxed match: precision {score.RelaxedPrecision:F2}%; recall {score.RelaxedRecall:F2}%; F1 {score.RelaxedF1:F2}");
                output.WriteLine($"value        : precision {score.ValuePrecision:F2}%; recall {score.ValueRecall:F2}%; F1 {score.ValueF1:F2} (accuracy {score.ValueAccuracy:F2}%)");
                output.WriteLine($"type         : F1 {score.TypeF1:F2} (accuracy {score.TypeAccuracy:F2}%)");
                output.WriteLine($"time stage speed: {evaluation.TokensPerSecond:F0} tokens/s");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static string ErrorTable(TimeEvaluation evaluation)
    {
        var table = new StringBuilder("document\tkind\tgold_text\tgold_type\tgold_value\tsystem_text\tsystem_type\tsystem_value\n");
        foreach (var (document, match) in evaluation.Matches)
        {
            var kind = match.System is null ? "missed"
                : match.Gold is null ? "spurious"
                : !match.ValueMatches ? "value"
                : !match.IsStrict ? "extent"
                : null;
            if (kind is null)
            {
                continue;
            }

            table.Append(CultureInfo.InvariantCulture, $"{document}\t{kind}\t{Clean(match.Gold?.Text)}\t{match.Gold?.Type}\t{match.Gold?.Value}\t")
                .Append(CultureInfo.InvariantCulture, $"{Clean(match.System?.Text)}\t{(match.System is null ? "" : TimexScorer.TypeName(match.System.Type))}\t{match.System?.Value}\n");
        }

        return table.ToString();
    }

    private static string Clean(string? text) => text?.ReplaceLineEndings(" ").Replace('\t', ' ') ?? "";
}

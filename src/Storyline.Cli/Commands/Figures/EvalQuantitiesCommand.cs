using System.CommandLine;
using System.Text.Json;
using Storyline.Core.Pipeline;
using Storyline.Core.Serialization;
using Storyline.Eval;
using Storyline.Eval.Quantities;

namespace Storyline.Cli.Commands.Figures;

/// <summary>
/// <c>storyline eval quantities --data FILE</c>: the figure stage scored on a NewsQuant JSON file
/// with CQE's script semantics (value, value+bound, value+unit).
/// </summary>
public static class EvalQuantitiesCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        data.Description = "NewsQuant JSON file (an array of {text, quantities})";
        var json = CommonOptions.Json();
        var errors = new Option<string?>("--errors") { Description = "Write every sentence not scored in full to this TSV file (gold and found quantities side by side)" };
        var command = new Command("quantities", "Score figure extraction on NewsQuant (value, bound and unit F1)") { data, errors, json };
        command.SetAction(parse => DatasetAction.Run(parse, () =>
        {
            var output = parse.InvocationConfiguration.Output;
            var errorOutput = parse.InvocationConfiguration.Error;
            var evaluation = NewsQuantEvaluator.Evaluate(parse.GetValue(data)!, StandardPipeline.Create());
            var score = evaluation.Score;
            if (parse.GetValue(errors) is { } errorPath)
            {
                File.WriteAllLines(errorPath, NewsQuantEvaluator.ErrorRows(evaluation));
            }

            if (parse.GetValue(json))
            {
                var report = new
                {
                    data = evaluation.Path,
                    sentences = evaluation.Sentences,
                    gold = score.Gold,
                    predicted = score.Predicted,
                    valueF1 = score.Value.F1,
                    valuePrecision = score.Value.Precision,
                    valueRecall = score.Value.Recall,
                    valueBoundF1 = score.ValueChange.F1,
                    valueBoundPrecision = score.ValueChange.Precision,
                    valueBoundRecall = score.ValueChange.Recall,
                    valueUnitF1 = score.ValueUnit.F1,
                    valueUnitPrecision = score.ValueUnit.Precision,
                    valueUnitRecall = score.ValueUnit.Recall,
                    sentencesPerSecond = Math.Round(evaluation.SentencesPerSecond),
                };
                output.WriteLine(JsonSerializer.Serialize(report, StorylineJson.Options));
            }
            else
            {
                output.WriteLine($"{evaluation.Path}: {evaluation.Sentences} sentences, {score.Gold} gold quantities, {score.Predicted} found");
                output.WriteLine($"value        P {score.Value.Precision,5:F1}  R {score.Value.Recall,5:F1}  F1 {score.Value.F1,5:F1}");
                output.WriteLine($"value+bound  P {score.ValueChange.Precision,5:F1}  R {score.ValueChange.Recall,5:F1}  F1 {score.ValueChange.F1,5:F1}");
                output.WriteLine($"value+unit   P {score.ValueUnit.Precision,5:F1}  R {score.ValueUnit.Recall,5:F1}  F1 {score.ValueUnit.F1,5:F1}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}

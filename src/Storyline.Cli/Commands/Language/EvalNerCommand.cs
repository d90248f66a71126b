using System.CommandLine;
using System.Text.Json;
using Storyline.Core.Language.Entities;
using Storyline.Core.Serialization;
using Storyline.Eval;
using Storyline.Eval.Ner;

namespace Storyline.Cli.Commands.Language;

/// <summary><c>storyline eval ner --data FILE</c>: conlleval scores of the entity tagger on a CoNLL-2003 file.</summary>
public static class EvalNerCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        data.Description = "CoNLL-2003 file to score on (word first, gold entity tag last)";
        var model = new Option<string?>("--model") { Description = "Model file to score instead of the shipped one" };
        var json = CommonOptions.Json();
        var command = new Command("ner", "Score the named-entity tagger with conlleval (exact span and type)") { data, model, json };
        command.SetAction(parse => DatasetAction.Run(parse, () =>
        {
            var modelPath = parse.GetValue(model);
            var tagger = modelPath is null ? NerModel.Default : NerTrainer.Load(modelPath);
            var evaluation = ConllEvaluator.Score(parse.GetValue(data)!, tagger);
            var score = evaluation.Score;
            if (parse.GetValue(json))
            {
                var report = new
                {
                    data = evaluation.Path,
                    tokens = evaluation.Tokens,
                    precision = Math.Round(score.Precision, 2),
                    recall = Math.Round(score.Recall, 2),
                    f1 = Math.Round(score.F1, 2),
                    accuracy = Math.Round(score.Accuracy, 2),
                    tokensPerSecond = Math.Round(evaluation.TokensPerSecond),
                    tokensPerProcessorSecond = Math.Round(evaluation.TokensPerProcessorSecond),
                    textTokensPerSecond = Math.Round(evaluation.TextTokensPerSecond),
                    types = score.ByType.ToDictionary(
                        p => p.Key,
                        p => new { precision = Math.Round(p.Value.Precision, 2), recall = Math.Round(p.Value.Recall, 2), f1 = Math.Round(p.Value.F1, 2), gold = p.Value.GoldChunks }),
                };
                Console.WriteLine(JsonSerializer.Serialize(report, StorylineJson.Options));
            }
            else
            {
                Console.WriteLine($"{evaluation.Path}: {evaluation.Tokens} tokens, {score.GoldChunks} gold chunks, {score.GuessedChunks} found, {score.CorrectChunks} correct");
                Console.WriteLine($"accuracy {score.Accuracy:F2}%; precision {score.Precision:F2}%; recall {score.Recall:F2}%; F1 {score.F1:F2}");
                foreach (var (type, typeScore) in score.ByType)
                {
                    Console.WriteLine($"{type,6}: precision {typeScore.Precision:F2}%; recall {typeScore.Recall:F2}%; F1 {typeScore.F1:F2}  {typeScore.GuessedChunks}");
                }

                Console.WriteLine($"tagging speed: {evaluation.TokensPerSecond:F0} tokens/s ({evaluation.TokensPerProcessorSecond:F0} tokens per processor second); from plain text with tokenizer and sentence splitter: {evaluation.TextTokensPerSecond:F0} tokens/s");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}

using System.Diagnostics;
using System.Globalization;
using Storyline.Core.Language.Entities;
using Storyline.Eval.Ner;

namespace Storyline.NerTrain;

/// <summary>
/// Reproduces the shipped entity model: trains on CoNLL-2003 train, keeps the best epoch on valid,
/// writes the model, reloads it and scores valid with conlleval.
/// Usage: Storyline.NerTrain TRAIN VALID OUTPUT [EPOCHS]
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length is < 3 or > 4)
        {
            Console.Error.WriteLine("usage: Storyline.NerTrain TRAIN VALID OUTPUT [EPOCHS]");
            return 2;
        }

        try
        {
            var options = new NerTrainingOptions { Log = Console.WriteLine };
            if (args.Length == 4)
            {
                options = options with { Epochs = int.Parse(args[3], CultureInfo.InvariantCulture) };
            }

            var clock = Stopwatch.StartNew();
            var result = NerTrainer.Train(args[0], args[1], options);
            Console.WriteLine($"training took {clock.Elapsed.TotalSeconds:F1} s");
            NerTrainer.Save(result.Model, args[2]);
            Console.WriteLine($"model: {args[2]} ({new FileInfo(args[2]).Length / 1024.0 / 1024.0:F2} MB)");
            var evaluation = ConllEvaluator.Score(args[1], NerTrainer.Load(args[2]));
            var score = evaluation.Score;
            Console.WriteLine($"valid (reloaded model): P {score.Precision:F2} R {score.Recall:F2} F1 {score.F1:F2} accuracy {score.Accuracy:F2}");
            foreach (var (type, typeScore) in score.ByType)
            {
                Console.WriteLine($"  {type,-5} P {typeScore.Precision:F2} R {typeScore.Recall:F2} F1 {typeScore.F1:F2} ({typeScore.GoldChunks} gold)");
            }

            Console.WriteLine($"tagging (first pass, with JIT): {evaluation.TokensPerSecond:F0} tokens/s");
            var warm = ConllEvaluator.Score(args[1], NerTrainer.Load(args[2]));
            Console.WriteLine($"tagging (second pass): {warm.Tokens} tokens in {warm.TaggingTime.TotalSeconds:F2} s = {warm.TokensPerSecond:F0} tokens/s");
            return 0;
        }
        catch (Exception error) when (error is IOException or InvalidDataException or Storyline.Eval.DatasetMissingException)
        {
            Console.Error.WriteLine(error.Message);
            return 1;
        }
    }
}

using System.CommandLine;
using System.Diagnostics;
using Storyline.Core.Language.Entities;
using Storyline.Eval;
using Storyline.Eval.Ner;

namespace Storyline.Cli.Commands.Language;

/// <summary>
/// <c>storyline train ner</c>: trains the entity tagger on CoNLL-2003 files and writes the model
/// (with the defaults, the same bytes as the shipped src/Storyline.Core/Resources/ner-model.bin.gz).
/// </summary>
public static class TrainNerCommand
{
    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "CoNLL-2003 training file (word first, entity tag last)", Required = true };
        var valid = new Option<string>("--valid") { Description = "CoNLL-2003 validation file, used to pick the best epoch", Required = true };
        var output = new Option<string>("--output") { Description = "Where to write the model", DefaultValueFactory = _ => "ner-model.bin.gz" };
        var defaults = new NerTrainingOptions();
        var epochs = new Option<int>("--epochs") { Description = $"Passes over the training data (default {defaults.Epochs})", DefaultValueFactory = _ => defaults.Epochs };
        var seed = new Option<int>("--seed") { Description = $"Seed of the sentence order (default {defaults.Seed})", DefaultValueFactory = _ => defaults.Seed };
        var command = new Command("ner", "Train the named-entity tagger on CoNLL-2003 files") { train, valid, output, epochs, seed };
        command.SetAction(parse => DatasetAction.Run(parse, () =>
        {
            var options = defaults with
            {
                Epochs = parse.GetValue(epochs),
                Seed = parse.GetValue(seed),
                Log = message => Console.Error.WriteLine(message),
            };
            var clock = Stopwatch.StartNew();
            var result = NerTrainer.Train(parse.GetValue(train)!, parse.GetValue(valid)!, options);
            NerTrainer.Save(result.Model, parse.GetValue(output)!);
            Console.WriteLine($"epoch {result.BestEpoch} kept, valid F1 {result.BestValidF1:F2}, {result.Model.FeatureCount} features, {clock.Elapsed.TotalSeconds:F1} s -> {parse.GetValue(output)}");
            return ExitCodes.Success;
        }));
        return command;
    }
}

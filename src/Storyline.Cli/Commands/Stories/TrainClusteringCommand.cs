using System.CommandLine;
using System.Diagnostics;
using Storyline.Core.Stories;
using Storyline.Eval.Clustering;

namespace Storyline.Cli.Commands.Stories;

/// <summary>
/// <c>storyline train clustering --data PATH [--data PATH ...]</c>: learns the story clusterer's join
/// and merge model from labelled clustering sets and writes it as a model file (the shipped one is
/// src/Storyline.Core/Resources/story-similarity.tsv, whose header names the command that made it).
/// </summary>
public static class TrainClusteringCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data")
        {
            Description = "Labelled sets to learn from (DUC-style folder or Multi-News JSON Lines); repeat for several",
            Required = true,
        };
        var output = new Option<string>("--output") { Description = "Where to write the model", DefaultValueFactory = _ => StorySimilarityModel.ResourceName };
        var command = new Command("clustering", "Learn the story clusterer's join and merge decisions from labelled clusters") { data, output };
        command.SetAction(parse => DatasetAction.Run(parse, () =>
        {
            var clock = Stopwatch.StartNew();
            var paths = parse.GetValue(data)!;
            var sets = paths.Select(ClusteringEvaluator.Annotate).ToList();
            var training = ClusteringTrainer.Train(sets);
            var path = parse.GetValue(output)!;
            using (var writer = new StreamWriter(path))
            {
                training.Model.Write(writer,
                [
                    "Story clustering model (StorySimilarityModel): logistic join and merge decisions over StoryFeatures.",
                    $"Made by: storyline train clustering {string.Join(" ", paths.Select(p => $"--data {Path.GetRelativePath(Environment.CurrentDirectory, p)}"))}",
                    $"Samples: {training.JoinSamples} join ({training.JoinPositives} positive), {training.MergeSamples} merge ({training.MergePositives} positive); mean pairwise F1 on the training sets {training.TrainingPairwiseF1:F4}.",
                ]);
            }

            parse.InvocationConfiguration.Output.WriteLine(
                $"{training.JoinSamples} join and {training.MergeSamples} merge samples, join >= {training.Model.JoinThreshold}, merge >= {training.Model.MergeThreshold}, "
                + $"training pairwise F1 {training.TrainingPairwiseF1:F4}, {clock.Elapsed.TotalSeconds:F1} s -> {path}");
            return ExitCodes.Success;
        }));
        return command;
    }
}

using System.CommandLine;
using Storyline.Core.Language.Tokens;
using Storyline.Eval.Attributions;

namespace Storyline.Cli.Commands.Figures;

/// <summary>
/// <c>storyline train attribution --data DIR</c>: derives the cue lexicon from a PolNeAR training split
/// (with the defaults, the shipped src/Storyline.Core/Resources/attribution-cues-learned.tsv). Never
/// point it at the dev split: dev is the measurement.
/// </summary>
public static class TrainAttributionCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        data.Description = "PolNeAR training split folder holding text/ and attributions/";
        var output = new Option<string>("--output") { Description = "Where to write the cue table", DefaultValueFactory = _ => "attribution-cues-learned.tsv" };
        var command = new Command("attribution", "Derive the attribution cue lexicon from PolNeAR training data") { data, output };
        command.SetAction(parse => DatasetAction.Run(parse, () =>
        {
            var articles = PolnearReader.Read(parse.GetValue(data)!);
            var cues = AttributionCueLearner.Learn(articles, Tokenizer.Default);
            var path = parse.GetValue(output)!;
            using (var writer = new StreamWriter(path))
            {
                writer.NewLine = "\n";
                AttributionCueLearner.Write(writer, cues, "storyline train attribution --data ../shared/data/attribution/polnear/data/train");
            }

            Console.WriteLine($"{articles.Count} annotation files, {articles.Sum(a => a.Attributions.Count)} attributions, {cues.Count} cues -> {path}");
            return ExitCodes.Success;
        }));
        return command;
    }
}

using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline train NAME</c>: rebuild a shipped model from its training data, deterministically.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Rebuild Storyline's trained models from labelled data");
        command.Subcommands.Add(Language.TrainNerCommand.Create());
        command.Subcommands.Add(Figures.TrainAttributionCommand.Create());
        command.Subcommands.Add(Stories.TrainClusteringCommand.Create());
        return command;
    }
}

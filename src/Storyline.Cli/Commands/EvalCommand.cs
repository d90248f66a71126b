using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>storyline eval NAME --data PATH [--json]</c>: score a stage on a labelled dataset. Every
/// evaluation prints a readable table, or with --json one JSON object of metrics as its last line.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Score Storyline's stages on labelled datasets");
        command.Subcommands.Add(EvalExtractionCommand.Create());
        command.Subcommands.Add(EvalMetadataCommand.Create());
        command.Subcommands.Add(Language.EvalNerCommand.Create());
        command.Subcommands.Add(Language.EvalTimeCommand.Create());
        command.Subcommands.Add(Figures.EvalQuantitiesCommand.Create());
        command.Subcommands.Add(Figures.EvalAttributionCommand.Create());
        command.Subcommands.Add(Summaries.EvalRougeCommand.Create());
        command.Subcommands.Add(Summaries.EvalSummaryCommand.Create());
        command.Subcommands.Add(Summaries.EvalTimelineCommand.Create());
        command.Subcommands.Add(Stories.EvalClusteringCommand.Create());
        return command;
    }
}

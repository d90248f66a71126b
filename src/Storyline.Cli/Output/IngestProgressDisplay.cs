using Spectre.Console;
using Storyline.Ingest.Pipeline;

namespace Storyline.Cli.Output;

/// <summary>
/// The live progress line shown on a terminal while ingesting. The number of items is unknown up
/// front (folders and feeds expand as they are read), so the bar is indeterminate and the counts
/// tell the progress.
/// </summary>
public static class IngestProgressDisplay
{
    public static async Task<T> RunAsync<T>(IAnsiConsole console, Func<Action<ItemOutcome>, Task<T>> work)
    {
        return await console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("reading inputs", autoStart: true);
                task.IsIndeterminate = true;
                var tally = IngestTally.Empty;
                return await work(outcome =>
                {
                    tally = tally.Add(outcome);
                    task.Description = Markup.Escape(
                        $"{tally.Items} items: {tally.New} new, {tally.Duplicate} duplicate, {tally.Updated} updated, {tally.Failed} failed — {Shorten(outcome.Origin)}");
                });
            });
    }

    private static string Shorten(string origin) => origin.Length <= 48 ? origin : "…" + origin[^47..];
}

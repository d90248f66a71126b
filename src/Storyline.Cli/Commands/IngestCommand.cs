using System.CommandLine;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Storyline.Cli.Output;
using Storyline.Core.Extraction;
using Storyline.Core.Pipeline;
using Storyline.Ingest;
using Storyline.Ingest.Pipeline;
using Storyline.Store;
using Storyline.Store.Stories;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>storyline ingest INPUTS... [--db PATH] [--allow-private] [--json]</c>: read, extract, annotate and store
/// articles (with their entity mentions). One line per item when output is not a terminal (a progress display when it is), then
/// a summary; --json prints only the summary, as one JSON object. Exit 0 when every item was
/// stored (new or duplicate), 1 when some failed, 3 when all failed or the store is unusable, 130
/// when interrupted (everything reported before the interruption is stored).
/// </summary>
public static class IngestCommand
{
    public static Option<bool> AllowPrivateOption() => new("--allow-private")
    {
        Description = "Allow fetching private, loopback and link-local addresses (refused by default)",
    };

    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders, .gz, JSON Lines, URLs, feeds, or - for stdin", Arity = ArgumentArity.OneOrMore };
        var database = CommonOptions.Database();
        var allowPrivate = AllowPrivateOption();
        var json = new Option<bool>("--json") { Description = "Print only the end summary, as one JSON object" };
        var command = new Command("ingest", "Read, extract, annotate and store articles") { inputs, database, allowPrivate, json };
        command.SetAction((parse, cancellationToken) => RunAsync(
            CliStreams.From(parse),
            parse.GetValue(inputs)!,
            parse.GetValue(database)!,
            parse.GetValue(allowPrivate),
            parse.GetValue(json),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliStreams streams, string[] inputs, string databasePath, bool allowPrivate, bool json, CancellationToken cancellationToken)
    {
        ArticleStore store;
        try
        {
            store = await ArticleStore.OpenAsync(databasePath, cancellationToken);
        }
        catch (StoreException e)
        {
            await streams.Error.WriteLineAsync($"storyline: {e.Message}");
            return ExitCodes.AllFailed;
        }

        await using var _ = store;
        var annotator = StandardPipeline.Create();
        var pipeline = new IngestPipeline(
            new InputReader(new IngestOptions { AllowPrivate = allowPrivate }),
            new ArticleExtractor(),
            store,
            parallelism: Math.Clamp(Environment.ProcessorCount, 1, 8),
            annotator: annotator);
        var annotated = new AnnotatedDocuments();
        var stdin = inputs.Contains("-") ? Console.In : null;

        // The tally is rebuilt from the reports so that an interruption still has counts to summarise.
        var tally = IngestTally.Empty;
        var lines = new IngestLines(streams, quietSuccesses: json);
        var stopwatch = Stopwatch.StartNew();
        var cancelled = false;
        string? storeError = null;
        try
        {
            Task<IngestTally> Run(Action<ItemOutcome> show) => pipeline.RunAsync(inputs, stdin, outcome =>
            {
                tally = tally.Add(outcome);
                if (outcome is SavedItem saved)
                {
                    annotated.Add(saved);
                }

                show(outcome);
            }, cancellationToken);

            if (streams.ErrorIsTerminal)
            {
                await IngestProgressDisplay.RunAsync(streams.ErrorConsole(), Run);
            }
            else
            {
                await Run(lines.Write);
            }

            // Place the new articles in the store's stories; an interrupted ingest leaves them queued for the next run.
            await new StoryRefresher(store, annotator).RefreshAsync(annotated.Documents, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }
        catch (SqliteException e)
        {
            storeError = $"storyline: store {databasePath} failed: {e.Message}";
        }

        var summary = IngestSummary.From(tally, databasePath, stopwatch.Elapsed, cancelled);
        if (json)
        {
            await streams.Out.WriteLineAsync(summary.ToJson());
        }
        else
        {
            summary.WriteText(streams.Out);
        }

        if (storeError is not null)
        {
            await streams.Error.WriteLineAsync(storeError);
            return ExitCodes.AllFailed;
        }

        return cancelled ? ExitCodes.Cancelled
            : tally.Failed == 0 ? ExitCodes.Success
            : tally.Succeeded == 0 ? ExitCodes.AllFailed
            : ExitCodes.SomeFailed;
    }
}

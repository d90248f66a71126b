using System.CommandLine;
using System.Text;
using Microsoft.Data.Sqlite;
using Storyline.Cli.Output;
using Storyline.Core.Briefings;
using Storyline.Core.Extraction;
using Storyline.Core.Pipeline;
using Storyline.Core.Reconciliation;
using Storyline.Ingest;
using Storyline.Ingest.Pipeline;
using Storyline.Store;
using Storyline.Store.Stories;

namespace Storyline.Cli.Commands.Briefings;

/// <summary>
/// <c>storyline brief INPUTS... [--out DIR] [--format md|html|json] [--db PATH]</c>: ingest the inputs,
/// bring the store's persisted stories up to date (<see cref="StoryRefresher"/>), and write the stored
/// briefing of each story that the inputs belong to (rebuilt only with a non-default --summary-words). Without --db the store is a temporary file; without --out the briefings go to stdout (JSON as
/// one document <c>{stories: [...]}</c>). Exit 0 on success, 1 when some inputs failed (the rest
/// are briefed), 3 when nothing could be briefed.
/// </summary>
public static class BriefCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders, JSON Lines, URLs, feeds or - for stdin", Arity = ArgumentArity.OneOrMore };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Folder to write one briefing file per story into (default: stdout)" };
        var format = new Option<string>("--format") { Description = "md, html or json", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html", "json");
        var database = new Option<string?>("--db") { Description = "SQLite store to ingest into and read stories from (default: a temporary store)" };
        var words = new Option<int>("--summary-words") { Description = "Most words of each summary", DefaultValueFactory = _ => new BriefingOptions().SummaryWords };
        var allowPrivate = IngestCommand.AllowPrivateOption();
        var command = new Command("brief", "Ingest reports and write one sourced briefing per story: summary, timeline, figures, sources")
        {
            inputs, output, format, database, words, allowPrivate,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            CliStreams.From(parse),
            parse.GetValue(inputs)!,
            parse.GetValue(output),
            parse.GetValue(format)!,
            parse.GetValue(database),
            new BriefingOptions { SummaryWords = parse.GetValue(words) },
            parse.GetValue(allowPrivate),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliStreams streams, string[] inputs, DirectoryInfo? output, string format, string? databasePath,
        BriefingOptions options, bool allowPrivate, CancellationToken cancellationToken)
    {
        if (options.SummaryWords < 1)
        {
            await streams.Error.WriteLineAsync("storyline: --summary-words must be at least 1");
            return ExitCodes.Usage;
        }

        var temporary = databasePath is null ? Path.Combine(Path.GetTempPath(), $"storyline-brief-{Guid.NewGuid():N}.db") : null;
        try
        {
            return await BriefAsync(streams, inputs, output, format, databasePath ?? temporary!, options, allowPrivate, cancellationToken);
        }
        catch (StoreException e)
        {
            await streams.Error.WriteLineAsync($"storyline: {e.Message}");
            return ExitCodes.AllFailed;
        }
        catch (SqliteException e)
        {
            await streams.Error.WriteLineAsync($"storyline: store {databasePath ?? temporary} failed: {e.Message}");
            return ExitCodes.AllFailed;
        }
        finally
        {
            if (temporary is not null)
            {
                SqliteConnection.ClearAllPools();
                foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
                {
                    File.Delete(temporary + suffix);
                }
            }
        }
    }

    private static async Task<int> BriefAsync(
        CliStreams streams, string[] inputs, DirectoryInfo? output, string format, string databasePath,
        BriefingOptions options, bool allowPrivate, CancellationToken cancellationToken)
    {
        await using var store = await ArticleStore.OpenAsync(databasePath, cancellationToken);
        var pipeline = StandardPipeline.Create();
        var ingest = new IngestPipeline(
            new InputReader(new IngestOptions { AllowPrivate = allowPrivate }),
            new ArticleExtractor(),
            store,
            parallelism: Math.Clamp(Environment.ProcessorCount, 1, 8),
            annotator: pipeline);
        var ingested = new HashSet<long>();
        var annotated = new AnnotatedDocuments();
        var failed = 0;
        await ingest.RunAsync(inputs, inputs.Contains("-") ? Console.In : null, outcome =>
        {
            if (outcome is SavedItem saved)
            {
                ingested.Add(saved.Result.ArticleId);
                annotated.Add(saved);
            }
            else if (outcome is FailedIngestItem failure)
            {
                failed++;
                streams.Error.WriteLine($"storyline: {failure.Origin}: {failure.Problem}");
            }
        }, cancellationToken);

        // The store's stories are brought up to date (only the stories these articles touch are
        // rebuilt), then the briefings are read back as stored, exactly what the web API serves.
        var refresher = new StoryRefresher(store, pipeline);
        await refresher.RefreshAsync(annotated.Documents, cancellationToken);
        var catalog = new StoryCatalog(databasePath);
        var storyIds = (await catalog.StoriesOfAsync(ingested, cancellationToken)).Values.Distinct(StringComparer.Ordinal).ToList();
        var briefings = new List<BriefingTexts>();
        foreach (var id in storyIds)
        {
            var briefing = options == new BriefingOptions()
                ? await BriefingTexts.StoredAsync(catalog, id, cancellationToken)
                : await refresher.BuildAsync(id, new BriefingBuilder(options), cancellationToken) is { } built
                    ? BriefingTexts.From(built) : null;
            if (briefing is not null)
            {
                briefings.Add(briefing);
            }
        }

        if (briefings.Count == 0)
        {
            await streams.Error.WriteLineAsync("storyline: no story to brief: no input held an article");
            return ExitCodes.AllFailed;
        }

        briefings = [.. briefings.OrderByDescending(b => b.ArticleCount).ThenBy(b => b.StoryId, StringComparer.Ordinal)];
        await WriteAsync(streams, briefings, output, format, cancellationToken);
        return failed == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
    }

    private static async Task WriteAsync(
        CliStreams streams, List<BriefingTexts> briefings, DirectoryInfo? output, string format, CancellationToken cancellationToken)
    {
        if (output is null)
        {
            var text = format switch
            {
                "json" => BriefingTexts.JsonDocument(briefings),
                "html" => string.Concat(briefings.Select(b => b.Html)),
                _ => string.Join("\n---\n\n", briefings.Select(b => b.Markdown)),
            };
            await streams.Out.WriteLineAsync(text);
            return;
        }

        output.Create();
        foreach (var briefing in briefings)
        {
            var (extension, text) = format switch
            {
                "json" => ("json", BriefingTexts.JsonDocument([briefing])),
                "html" => ("html", briefing.Html),
                _ => ("md", briefing.Markdown),
            };
            var path = Path.Combine(output.FullName, $"{briefing.StoryId}.{extension}");
            await File.WriteAllTextAsync(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
            await streams.Error.WriteLineAsync($"wrote {path} ({briefing.ArticleCount} articles: {briefing.Title})");
        }
    }

}

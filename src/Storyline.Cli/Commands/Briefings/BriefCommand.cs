using System.CommandLine;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Storyline.Cli.Ingesting;
using Storyline.Cli.Output;
using Storyline.Core.Briefings;
using Storyline.Core.Briefings.Rendering;
using Storyline.Core.Extraction;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;
using Storyline.Core.Reconciliation;
using Storyline.Core.Serialization;
using Storyline.Core.Stories;
using Storyline.Ingest;
using Storyline.Store;

namespace Storyline.Cli.Commands.Briefings;

/// <summary>
/// <c>storyline brief INPUTS... [--out DIR] [--format md|html|json] [--db PATH]</c>: ingest the inputs,
/// group the store's articles into stories, and write one briefing per story that the inputs belong
/// to. Without --db the store is a temporary file; without --out the briefings go to stdout (JSON as
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
        var ingested = new HashSet<string>(StringComparer.Ordinal);
        var failed = 0;
        await ingest.RunAsync(inputs, inputs.Contains("-") ? Console.In : null, outcome =>
        {
            if (outcome is SavedItem saved)
            {
                ingested.Add(Id(saved.Result.ArticleId));
            }
            else if (outcome is FailedIngestItem failure)
            {
                failed++;
                streams.Error.WriteLine($"storyline: {failure.Origin}: {failure.Problem}");
            }
        }, cancellationToken);

        var articles = await LoadAnnotatedAsync(store, pipeline, cancellationToken);
        var builder = new BriefingBuilder(
            new Core.Summaries.ConceptSummarizer(), Core.Timelines.TimelineBuilder.Default, new Reconciler(), options);
        var briefings = Stories(articles)
            .Where(story => story.Articles.Any(a => ingested.Contains(a.Id)))
            .Select(story => builder.Build(story.Id, story.Articles))
            .OrderByDescending(b => b.Articles.Length).ThenBy(b => b.StoryId, StringComparer.Ordinal)
            .ToList();
        if (briefings.Count == 0)
        {
            await streams.Error.WriteLineAsync("storyline: no story to brief: no input held an article");
            return ExitCodes.AllFailed;
        }

        await WriteAsync(streams, briefings, output, format, cancellationToken);
        return failed == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
    }

    /// <summary>
    /// Every stored article (latest version), annotated, in the order the clusterer reads them:
    /// undated articles first, while every story is still open to them (a story retires once the
    /// stream has moved on weeks past it, and an undated page cannot say where it belongs), then
    /// the dated ones earliest first.
    /// </summary>
    private static async Task<List<(string Id, Document Document)>> LoadAnnotatedAsync(
        ArticleStore store, DocumentPipeline pipeline, CancellationToken cancellationToken)
    {
        const int Page = 500;
        var stored = new List<StoredArticle>();
        for (var offset = 0; ; offset += Page)
        {
            var page = await store.ListAsync(Page, offset, cancellationToken: cancellationToken);
            stored.AddRange(page);
            if (page.Count < Page)
            {
                break;
            }
        }

        var annotated = new (string Id, Document Document)[stored.Count];
        await Parallel.ForAsync(0, stored.Count, cancellationToken, (i, _) =>
        {
            annotated[i] = (Id(stored[i].Id), pipeline.Run(stored[i].Document));
            return ValueTask.CompletedTask;
        });
        return [.. annotated.OrderBy(a => a.Document.Metadata.Published ?? DateTimeOffset.MinValue).ThenBy(a => a.Id, StringComparer.Ordinal)];
    }

    /// <summary>Groups the articles into stories; wire copies point at their origin so they add no source.</summary>
    private static IEnumerable<(string Id, List<StoryArticle> Articles)> Stories(List<(string Id, Document Document)> articles)
    {
        var clusterer = new StoryClusterer();
        foreach (var (id, document) in articles)
        {
            clusterer.Add(ArticleProfile.From(document, id));
        }

        var byId = articles.ToDictionary(a => a.Id, a => a.Document, StringComparer.Ordinal);
        foreach (var story in clusterer.Stories)
        {
            yield return (story.Id,
            [
                .. story.ArticleIds.Select(id => new StoryArticle(
                    id, byId[id], OriginArticleId: clusterer.Copies.OriginOf(id) is var origin && origin != id ? origin : null)),
            ]);
        }
    }

    private static async Task WriteAsync(
        CliStreams streams, List<Briefing> briefings, DirectoryInfo? output, string format, CancellationToken cancellationToken)
    {
        if (output is null)
        {
            var text = format switch
            {
                "json" => JsonSerializer.Serialize(BriefingJson.From(briefings), StorylineJson.Indented),
                "html" => string.Concat(briefings.Select(BriefingHtml.Render)),
                _ => string.Join("\n---\n\n", briefings.Select(BriefingMarkdown.Render)),
            };
            await streams.Out.WriteLineAsync(text);
            return;
        }

        output.Create();
        foreach (var briefing in briefings)
        {
            var (extension, text) = format switch
            {
                "json" => ("json", JsonSerializer.Serialize(BriefingJson.From([briefing]), StorylineJson.Indented)),
                "html" => ("html", BriefingHtml.Render(briefing)),
                _ => ("md", BriefingMarkdown.Render(briefing)),
            };
            var path = Path.Combine(output.FullName, $"{briefing.StoryId}.{extension}");
            await File.WriteAllTextAsync(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
            await streams.Error.WriteLineAsync($"wrote {path} ({briefing.Articles.Length} articles: {briefing.Title})");
        }
    }

    private static string Id(long storeId) => storeId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

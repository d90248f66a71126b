using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Storyline.Cli.Output;
using Storyline.Core.Extraction;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;
using Storyline.Core.Serialization;
using Storyline.Ingest;
using Storyline.Store;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>storyline annotate FILE|ARTICLE-ID [--db PATH] [--json]</c>: run the language pipeline on
/// one input and print what it found: sentences, linked entities, places and time expressions.
/// The input is a file, folder, URL or - (extracted exactly as <c>extract</c> does), or the id of
/// a stored article. With --json, one object per article per line. Exit 0 on success, 1 when some
/// inputs failed, 3 when all failed (a missing file is named), 4 for an unknown article id.
/// </summary>
public static class AnnotateCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A file, folder, URL or - for stdin; or a stored article's id" };
        var database = CommonOptions.Database();
        var json = CommonOptions.Json();
        var allowPrivate = IngestCommand.AllowPrivateOption();
        var command = new Command("annotate", "Show the sentences, entities, places and times found in an article") { input, database, json, allowPrivate };
        command.SetAction((parse, cancellationToken) =>
        {
            var streams = CliStreams.From(parse);
            var target = parse.GetValue(input)!;
            var asJson = parse.GetValue(json);
            return IsArticleId(target, out var id)
                ? AnnotateStoredAsync(streams, id, parse.GetValue(database)!, asJson, cancellationToken)
                : AnnotateInputAsync(streams, target, parse.GetValue(allowPrivate), asJson, cancellationToken);
        });
        return command;
    }

    // A number that is not also a path on disk is an article id.
    private static bool IsArticleId(string input, out long id) =>
        long.TryParse(input, NumberStyles.None, CultureInfo.InvariantCulture, out id) && !File.Exists(input) && !Directory.Exists(input);

    private static async Task<int> AnnotateInputAsync(CliStreams streams, string input, bool allowPrivate, bool json, CancellationToken cancellationToken)
    {
        var reader = new InputReader(new IngestOptions { AllowPrivate = allowPrivate });
        var extractor = new ArticleExtractor();
        var pipeline = StandardPipeline.Create();
        var failed = 0;
        var succeeded = 0;
        await foreach (var item in reader.ReadAsync([input], input == "-" ? Console.In : null, cancellationToken))
        {
            if (item is not SourceItem source)
            {
                failed++;
                await streams.Error.WriteLineAsync($"storyline: {item.Origin}: {(item as FailedItem)?.Problem ?? "unreadable input"}");
                continue;
            }

            Document document;
            try
            {
                document = extractor.Extract(source.Source);
                if (string.IsNullOrWhiteSpace(document.Text))
                {
                    failed++;
                    await streams.Error.WriteLineAsync($"storyline: {source.Origin}: no article text found");
                    continue;
                }

                document = pipeline.Run(document);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed++;
                await streams.Error.WriteLineAsync($"storyline: {source.Origin}: annotation failed ({e.GetType().Name}): {e.Message}");
                continue;
            }

            succeeded++;
            await WriteAsync(streams, document, source.Origin, null, json);
        }

        return failed == 0 ? ExitCodes.Success : succeeded == 0 ? ExitCodes.AllFailed : ExitCodes.SomeFailed;
    }

    private static async Task<int> AnnotateStoredAsync(CliStreams streams, long id, string databasePath, bool json, CancellationToken cancellationToken)
    {
        if (!File.Exists(databasePath))
        {
            await streams.Error.WriteLineAsync(
                $"storyline: {id} is not a file, and there is no store at {databasePath} to find article {id} in (pass --db)");
            return ExitCodes.AllFailed;
        }

        StoredArticle? article;
        try
        {
            await using var store = await ArticleStore.OpenAsync(databasePath, cancellationToken);
            article = await store.GetAsync(id, null, cancellationToken);
        }
        catch (StoreException e)
        {
            await streams.Error.WriteLineAsync($"storyline: {e.Message}");
            return ExitCodes.AllFailed;
        }

        if (article is null)
        {
            await streams.Error.WriteLineAsync($"storyline: no article {id} in {databasePath} (and no file named {id})");
            return ExitCodes.NotFound;
        }

        var document = StandardPipeline.Create().Run(article.Document);
        await WriteAsync(streams, document, $"article {id} (version {article.Version})", article, json);
        return ExitCodes.Success;
    }

    private static async Task WriteAsync(CliStreams streams, Document document, string origin, StoredArticle? stored, bool json)
    {
        if (json)
        {
            var annotation = AnnotationJson.From(document, stored?.Id, stored?.Version, stored?.ContentHash);
            await streams.Out.WriteLineAsync(JsonSerializer.Serialize(annotation, StorylineJson.Options));
        }
        else
        {
            AnnotationView.Write(streams, document, origin);
        }
    }
}

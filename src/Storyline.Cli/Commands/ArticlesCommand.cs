using System.CommandLine;
using System.Text.Json;
using Storyline.Cli.Output;
using Storyline.Core.Serialization;
using Storyline.Store;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>storyline articles list|show</c>: read stored articles. <c>list</c> prints the latest version
/// of each article, newest published first; <c>show ID [--version N]</c> prints one article. With
/// --json both print the public article JSON. A missing store exits 3, an unknown id or version 4.
/// </summary>
public static class ArticlesCommand
{
    public static Command Create()
    {
        var command = new Command("articles", "List and show stored articles");
        command.Subcommands.Add(CreateList());
        command.Subcommands.Add(CreateShow());
        return command;
    }

    private static Command CreateList()
    {
        var database = CommonOptions.Database();
        var json = CommonOptions.Json();
        var limit = NonNegative(new Option<int>("--limit") { Description = "Most articles to print", DefaultValueFactory = _ => 50 });
        var offset = NonNegative(new Option<int>("--offset") { Description = "Articles to skip first (for paging)" });
        var outlet = new Option<string?>("--outlet") { Description = "Only articles from this outlet (case-insensitive)" };
        var since = new Option<DateTimeOffset?>("--since") { Description = "Only articles published at or after this time (ISO 8601)" };
        var command = new Command("list", "List stored articles, newest published first") { database, json, limit, offset, outlet, since };
        command.SetAction((parse, cancellationToken) => WithStoreAsync(parse, database, cancellationToken, async (streams, store) =>
        {
            var filterOutlet = parse.GetValue(outlet);
            var filterSince = parse.GetValue(since);
            var skip = parse.GetValue(offset);
            var articles = await store.ListAsync(parse.GetValue(limit), skip, filterOutlet, filterSince, cancellationToken);
            var total = await store.CountAsync(filterOutlet, filterSince, cancellationToken);
            if (parse.GetValue(json))
            {
                var page = new ArticleListJson([.. articles.Select(ToJson)], total);
                await streams.Out.WriteLineAsync(JsonSerializer.Serialize(page, StorylineJson.Options));
            }
            else
            {
                ArticleTable.Write(streams, articles, total, skip);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command CreateShow()
    {
        var id = new Argument<long>("id") { Description = "Article id, as printed by ingest and articles list" };
        var version = new Option<int?>("--version") { Description = "Which version (default: the latest)" };
        var database = CommonOptions.Database();
        var json = CommonOptions.Json();
        var command = new Command("show", "Show one stored article") { id, version, database, json };
        command.SetAction((parse, cancellationToken) => WithStoreAsync(parse, database, cancellationToken, async (streams, store) =>
        {
            var articleId = parse.GetValue(id);
            var wanted = parse.GetValue(version);
            var article = await store.GetAsync(articleId, wanted, cancellationToken);
            if (article is null)
            {
                var latest = wanted is null ? null : await store.GetAsync(articleId, null, cancellationToken);
                await streams.Error.WriteLineAsync(latest is null
                    ? $"storyline: no article {articleId} in {store.Path}"
                    : $"storyline: article {articleId} has no version {wanted} (versions 1 to {latest.LatestVersion})");
                return ExitCodes.NotFound;
            }

            if (parse.GetValue(json))
            {
                await streams.Out.WriteLineAsync(JsonSerializer.Serialize(ToJson(article), StorylineJson.Indented));
            }
            else
            {
                ArticleView.Write(streams.Out, article);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static ArticleJson ToJson(StoredArticle article) =>
        ArticleJson.From(article.Document, article.Id, article.Version, article.ContentHash);

    private static Option<int> NonNegative(Option<int> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError($"{option.Name} must be 0 or more");
            }
        });
        return option;
    }

    /// <summary>Opens an existing store (reading never creates one), runs <paramref name="body"/>, and turns store errors into exit 3.</summary>
    private static async Task<int> WithStoreAsync(
        ParseResult parse, Option<string> database, CancellationToken cancellationToken, Func<CliStreams, ArticleStore, Task<int>> body)
    {
        var streams = CliStreams.From(parse);
        var path = parse.GetValue(database)!;
        if (!File.Exists(path))
        {
            await streams.Error.WriteLineAsync($"storyline: no store at {path} (create one with storyline ingest, or pass --db)");
            return ExitCodes.AllFailed;
        }

        try
        {
            await using var store = await ArticleStore.OpenAsync(path, cancellationToken);
            return await body(streams, store);
        }
        catch (StoreException e)
        {
            await streams.Error.WriteLineAsync($"storyline: {e.Message}");
            return ExitCodes.AllFailed;
        }
    }

    private sealed record ArticleListJson(IReadOnlyList<ArticleJson> Articles, int Total);
}

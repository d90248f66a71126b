using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Storyline.Cli.Output;
using Storyline.Core.Model;
using Storyline.Core.Serialization;
using Storyline.Store;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>storyline entities list|show</c>: the entities named across stored articles. <c>list</c>
/// prints each entity with its canonical key and how many articles and mentions name it (latest
/// article versions only); <c>show KEY</c> prints the articles naming one entity. A missing store
/// exits 3, an unknown key 4.
/// </summary>
public static class EntitiesCommand
{
    public static Command Create()
    {
        var command = new Command("entities", "List the people, organisations and places named across stored articles");
        command.Subcommands.Add(CreateList());
        command.Subcommands.Add(CreateShow());
        return command;
    }

    private static Command CreateList()
    {
        var database = CommonOptions.Database();
        var json = CommonOptions.Json();
        var limit = new Option<int>("--limit") { Description = "Most entities to print", DefaultValueFactory = _ => 50 };
        var type = new Option<EntityType?>("--type") { Description = "Only this type: person, organization, location, miscellaneous" };
        var command = new Command("list", "List entities, most articles first") { database, json, limit, type };
        command.SetAction((parse, cancellationToken) => WithStoreAsync(parse, database, cancellationToken, async (streams, store) =>
        {
            var entities = await store.ListEntitiesAsync(Math.Max(0, parse.GetValue(limit)), 0, parse.GetValue(type), cancellationToken);
            if (parse.GetValue(json))
            {
                var rows = entities.Select(e => new EntityJson(e.Id, e.CanonicalKey, AnnotationJson.TypeName(e.Type), e.Name, e.Articles, e.Mentions));
                await streams.Out.WriteLineAsync(JsonSerializer.Serialize(new { entities = rows }, StorylineJson.Options));
                return ExitCodes.Success;
            }

            await streams.Out.WriteLineAsync(PlainTable.Format(
                ["articles", "mentions", "type", "name", "key"],
                entities.Select(e => new[] { Number(e.Articles), Number(e.Mentions), AnnotationJson.TypeName(e.Type), e.Name, e.CanonicalKey })));
            await streams.Out.WriteLineAsync($"{entities.Count} entities");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command CreateShow()
    {
        var key = new Argument<string>("key") { Description = "Canonical key, as printed by entities list (\"org:united nations\")" };
        var database = CommonOptions.Database();
        var json = CommonOptions.Json();
        var command = new Command("show", "Show the articles that name one entity") { key, database, json };
        command.SetAction((parse, cancellationToken) => WithStoreAsync(parse, database, cancellationToken, async (streams, store) =>
        {
            var wanted = parse.GetValue(key)!;
            var entity = await store.GetEntityAsync(wanted, cancellationToken);
            if (entity is null)
            {
                await streams.Error.WriteLineAsync($"storyline: no entity {wanted} in {store.Path}");
                return ExitCodes.NotFound;
            }

            var articles = await store.ArticlesForEntityAsync(entity.Id, cancellationToken: cancellationToken);
            if (parse.GetValue(json))
            {
                var shown = new EntityJson(entity.Id, entity.CanonicalKey, AnnotationJson.TypeName(entity.Type), entity.Name, entity.Articles, entity.Mentions);
                await streams.Out.WriteLineAsync(JsonSerializer.Serialize(new { entity = shown, articles }, StorylineJson.Options));
                return ExitCodes.Success;
            }

            await streams.Out.WriteLineAsync($"# {entity.Name} ({entity.CanonicalKey}): {entity.Articles} articles, {entity.Mentions} mentions");
            await streams.Out.WriteLineAsync(PlainTable.Format(
                ["id", "mentions", "published", "outlet", "title"],
                articles.Select(a => new[]
                {
                    Number(a.ArticleId), Number(a.Mentions), a.Published?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) ?? "-",
                    a.Outlet ?? "-", a.Title ?? "(untitled)",
                })));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

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

    private sealed record EntityJson(long Id, string CanonicalKey, string Type, string Name, int Articles, int Mentions);
}

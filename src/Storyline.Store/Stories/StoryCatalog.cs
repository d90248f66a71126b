using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Storyline.Core.Serialization;
using Storyline.Store.Search;

namespace Storyline.Store.Stories;

/// <summary>
/// Reads the persisted stories: the filtered list, one story's stored briefing, the filter facets,
/// and which story an article is in. Each call takes a pooled connection of its own, so any number
/// of readers run beside each other and beside a writer (WAL). Stories whose briefing is not built
/// yet are not listed.
/// </summary>
public sealed class StoryCatalog(string databasePath)
{
    private const int FacetLimit = 50;

    public async Task<StoryListPage> ListAsync(StoryListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await StoreConnection.OpenReaderAsync(databasePath, cancellationToken);
        using var command = connection.CreateCommand();
        var where = Filter(command, query);
        var order = query.Order == StoryOrder.MostCovered
            ? "s.article_count DESC, s.last_published DESC, s.id"
            : "s.last_published IS NULL, s.last_published DESC, s.id";
        command.CommandText = $"""
            SELECT s.id, s.title, s.article_count, s.outlet_count, s.outlets, s.first_published, s.last_published, s.places, s.contested, s.updated_at
            FROM stories s WHERE {where} ORDER BY {order} LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$limit", query.Limit);
        command.Parameters.AddWithValue("$offset", query.Offset);
        var items = ImmutableArray.CreateBuilder<StoryListItem>();
        using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(new StoryListItem(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetInt32(2),
                    reader.GetInt32(3),
                    JsonSerializer.Deserialize<ImmutableArray<string>>(reader.GetString(4), StorylineJson.Options),
                    Timestamps.Parse(Text(reader, 5)),
                    Timestamps.Parse(Text(reader, 6)),
                    JsonSerializer.Deserialize<ImmutableArray<StoryPlaceMark>>(reader.GetString(7), StorylineJson.Options),
                    reader.GetInt32(8),
                    Timestamps.Parse(reader.GetString(9))!.Value));
            }
        }

        command.CommandText = $"SELECT COUNT(*) FROM stories s WHERE {where}";
        var total = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return new StoryListPage(items.ToImmutable(), total);
    }

    /// <summary>Story <paramref name="id"/>'s stored briefing in <paramref name="format"/>, or null when there is no such story (yet).</summary>
    public async Task<string?> BriefingAsync(string id, BriefingFormat format, CancellationToken cancellationToken = default)
    {
        var column = format switch
        {
            BriefingFormat.Markdown => "briefing_md",
            BriefingFormat.Html => "briefing_html",
            _ => "briefing_json",
        };
        await using var connection = await StoreConnection.OpenReaderAsync(databasePath, cancellationToken);
        using var command = connection.Command($"SELECT {column} FROM stories WHERE id = $id");
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>
    /// Story <paramref name="id"/>'s stored briefing JSON as the UTF-8 bytes SQLite holds (no string
    /// decoded and encoded again), with a version tag taken from the stored row, or null when there is
    /// no such story (yet).
    /// </summary>
    public async Task<StoredBriefing?> BriefingJsonAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await StoreConnection.OpenReaderAsync(databasePath, cancellationToken);
        using var command = connection.Command("SELECT briefing_json, seq, updated_at FROM stories WHERE id = $id AND briefing_json IS NOT NULL");
        command.Parameters.AddWithValue("$id", id);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var utf8 = reader.GetFieldValue<byte[]>(0);
        return new StoredBriefing(utf8, StoredBriefing.VersionOf(reader.GetInt64(1), reader.GetString(2), utf8.Length));
    }

    /// <summary>The story each of <paramref name="articleIds"/> is in (articles in none are left out).</summary>
    public async Task<IReadOnlyDictionary<long, string>> StoriesOfAsync(IEnumerable<long> articleIds, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<long, string>();
        await using var connection = await StoreConnection.OpenReaderAsync(databasePath, cancellationToken);
        foreach (var chunk in articleIds.Distinct().Chunk(400))
        {
            using var command = connection.Command(
                $"SELECT article_id, story_id FROM story_articles WHERE article_id IN ({string.Join(',', chunk.Select(id => id.ToString(CultureInfo.InvariantCulture)))})");
            using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                found[reader.GetInt64(0)] = reader.GetString(1);
            }
        }

        return found;
    }

    public async Task<StoryFacets> FacetsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await StoreConnection.OpenReaderAsync(databasePath, cancellationToken);
        return new StoryFacets(
            await FacetAsync(connection, StoryFacet.Place, cancellationToken),
            await FacetAsync(connection, StoryFacet.Entity, cancellationToken),
            await FacetAsync(connection, StoryFacet.Outlet, cancellationToken));
    }

    /// <summary>A token that changes whenever any story changes: for list and facet ETags.</summary>
    public async Task<string> VersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await StoreConnection.OpenReaderAsync(databasePath, cancellationToken);
        using var command = connection.Command("SELECT COUNT(*) || '-' || COALESCE(MAX(updated_at), '') || '-' || COALESCE(MAX(seq), 0) FROM stories");
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<ImmutableArray<FacetCount>> FacetAsync(SqliteConnection connection, string kind, CancellationToken cancellationToken)
    {
        using var command = connection.Command("""
            SELECT f.key, MIN(f.name), COUNT(*) AS stories FROM story_facets f
            WHERE f.kind = $kind GROUP BY f.key ORDER BY stories DESC, f.key LIMIT $limit
            """);
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$limit", FacetLimit);
        var facets = ImmutableArray.CreateBuilder<FacetCount>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            facets.Add(new FacetCount(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        }

        return facets.ToImmutable();
    }

    private static string Filter(SqliteCommand command, StoryListQuery query)
    {
        var conditions = new List<string> { "s.briefing_json IS NOT NULL" };
        if (query.From is { } from)
        {
            conditions.Add("s.last_published >= $from");
            command.Parameters.AddWithValue("$from", Timestamps.Utc(from));
        }

        if (query.To is { } to)
        {
            conditions.Add("s.first_published < $to");
            command.Parameters.AddWithValue("$to", Timestamps.Utc(to));
        }

        AddFacet(command, conditions, StoryFacet.Place, query.Place);
        AddFacet(command, conditions, StoryFacet.Entity, query.Entity);
        AddFacet(command, conditions, StoryFacet.Outlet, query.Outlet);
        if (query.Text is not null)
        {
            // No searchable word matches nothing rather than everything.
            if (FtsQuery.From(query.Text) is { } match)
            {
                conditions.Add("s.seq IN (SELECT rowid FROM story_search WHERE story_search MATCH $text)");
                command.Parameters.AddWithValue("$text", match);
            }
            else
            {
                conditions.Add("0");
            }
        }

        return string.Join(" AND ", conditions);
    }

    private static void AddFacet(SqliteCommand command, List<string> conditions, string kind, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var parameter = "$" + kind;
        conditions.Add($"""
            s.id IN (SELECT story_id FROM story_facets WHERE kind = '{kind}' AND key = {parameter}
                     UNION SELECT story_id FROM story_facets WHERE kind = '{kind}' AND name = {parameter} COLLATE NOCASE)
            """);
        command.Parameters.AddWithValue(parameter, kind == StoryFacet.Outlet ? value.Trim().ToLowerInvariant() : value.Trim());
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}

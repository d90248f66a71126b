using System.Globalization;
using Microsoft.Data.Sqlite;
using Storyline.Core.Model;

namespace Storyline.Store;

/// <summary>Entities and places across articles: storing a version's mentions, and reading who and where is named where.</summary>
public sealed partial class ArticleStore
{
    // Counts only the latest version of each article, so a corrected page is not counted twice.
    private const string LatestMentions = """
        JOIN articles a ON a.id = m.article_id
        JOIN article_versions v ON v.id = m.version_id AND v.version = a.latest_version
        """;

    /// <summary>
    /// Replaces the stored entity and place mentions of article <paramref name="articleId"/> at
    /// <paramref name="version"/> with those of <paramref name="document"/> (one transaction).
    /// </summary>
    /// <returns>False when there is no such article version.</returns>
    public async Task<bool> SaveAnnotationsAsync(long articleId, int version, Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var now = Timestamps.Utc(clock.GetUtcNow());
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            using var find = Command(transaction, "SELECT id FROM article_versions WHERE article_id = $article AND version = $version");
            find.Parameters.AddWithValue("$article", articleId);
            find.Parameters.AddWithValue("$version", version);
            if (await find.ExecuteScalarAsync(cancellationToken) is not { } versionId)
            {
                return false;
            }

            using var writer = new AnnotationWriter(connection, transaction, now);
            await writer.WriteAsync(articleId, Convert.ToInt64(versionId, CultureInfo.InvariantCulture), document, cancellationToken);
            transaction.Commit();
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Entities named in the latest article versions, most articles first, then most mentions, then name.</summary>
    public async Task<IReadOnlyList<StoredEntity>> ListEntitiesAsync(
        int limit, int offset = 0, EntityType? type = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        return await QueryAsync($"""
            SELECT e.id, e.canonical_key, e.type, e.name, e.first_seen_at, COUNT(*), COUNT(DISTINCT m.article_id)
            FROM entities e JOIN entity_mentions m ON m.entity_id = e.id
            {LatestMentions}
            WHERE $type IS NULL OR e.type = $type
            GROUP BY e.id
            ORDER BY COUNT(DISTINCT m.article_id) DESC, COUNT(*) DESC, e.name
            LIMIT $limit OFFSET $offset
            """,
            command =>
            {
                command.Parameters.AddWithValue("$type", type is { } t ? AnnotationWriter.TypeName(t) : DBNull.Value);
                command.Parameters.AddWithValue("$limit", limit);
                command.Parameters.AddWithValue("$offset", offset);
            },
            ReadEntity,
            cancellationToken);
    }

    /// <summary>The entity with <paramref name="canonicalKey"/> ("org:united nations"), or null.</summary>
    public async Task<StoredEntity?> GetEntityAsync(string canonicalKey, CancellationToken cancellationToken = default)
    {
        var found = await QueryAsync($"""
            SELECT e.id, e.canonical_key, e.type, e.name, e.first_seen_at,
                   (SELECT COUNT(*) FROM entity_mentions m {LatestMentions} WHERE m.entity_id = e.id),
                   (SELECT COUNT(DISTINCT m.article_id) FROM entity_mentions m {LatestMentions} WHERE m.entity_id = e.id)
            FROM entities e WHERE e.canonical_key = $key
            """,
            command => command.Parameters.AddWithValue("$key", canonicalKey),
            ReadEntity,
            cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>Articles whose latest version mentions entity <paramref name="entityId"/>, newest published first.</summary>
    public Task<IReadOnlyList<EntityArticle>> ArticlesForEntityAsync(
        long entityId, int limit = 100, int offset = 0, CancellationToken cancellationToken = default) =>
        ArticlesMentioningAsync("entity_mentions", "entity_id", entityId, limit, offset, cancellationToken);

    /// <summary>Articles whose latest version mentions the place with GeoNames id <paramref name="geoNameId"/>, newest published first.</summary>
    public Task<IReadOnlyList<EntityArticle>> ArticlesForPlaceAsync(
        long geoNameId, int limit = 100, int offset = 0, CancellationToken cancellationToken = default) =>
        ArticlesMentioningAsync("place_mentions", "geonames_id", geoNameId, limit, offset, cancellationToken);

    /// <summary>The stored entity mentions of an article at <paramref name="version"/> (default: latest), in text order.</summary>
    public async Task<IReadOnlyList<StoredMention>> MentionsAsync(long articleId, int? version = null, CancellationToken cancellationToken = default) =>
        await QueryAsync("""
            SELECT m.start_offset, m.end_offset, m.text, e.id, e.canonical_key, e.type, e.name
            FROM entity_mentions m
            JOIN entities e ON e.id = m.entity_id
            JOIN articles a ON a.id = m.article_id
            JOIN article_versions v ON v.id = m.version_id
            WHERE m.article_id = $article AND v.version = COALESCE($version, a.latest_version)
            ORDER BY m.start_offset, m.end_offset
            """,
            command =>
            {
                command.Parameters.AddWithValue("$article", articleId);
                command.Parameters.AddWithValue("$version", (object?)version ?? DBNull.Value);
            },
            r => new StoredMention(r.GetInt32(0), r.GetInt32(1), r.GetString(2), r.GetInt64(3), r.GetString(4), ParseType(r.GetString(5)), r.GetString(6)),
            cancellationToken);

    /// <summary>Places named in the latest article versions, most articles first.</summary>
    public async Task<IReadOnlyList<StoredPlace>> ListPlacesAsync(int limit, int offset = 0, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        return await QueryAsync($"""
            SELECT p.geonames_id, p.name, p.kind, p.country_code, p.country, p.region, p.latitude, p.longitude,
                   COUNT(*), COUNT(DISTINCT m.article_id)
            FROM places p JOIN place_mentions m ON m.geonames_id = p.geonames_id
            {LatestMentions}
            GROUP BY p.geonames_id
            ORDER BY COUNT(DISTINCT m.article_id) DESC, COUNT(*) DESC, p.name
            LIMIT $limit OFFSET $offset
            """,
            command =>
            {
                command.Parameters.AddWithValue("$limit", limit);
                command.Parameters.AddWithValue("$offset", offset);
            },
            r => new StoredPlace(
                r.GetInt64(0), r.GetString(1), Enum.Parse<PlaceKind>(r.GetString(2), ignoreCase: true), r.GetString(3), r.GetString(4),
                r.IsDBNull(5) ? null : r.GetString(5), r.GetDouble(6), r.GetDouble(7), r.GetInt32(8), r.GetInt32(9)),
            cancellationToken);
    }

    private async Task<IReadOnlyList<EntityArticle>> ArticlesMentioningAsync(
        string table, string column, long id, int limit, int offset, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        return await QueryAsync($"""
            SELECT a.id, v.version, v.title, v.outlet, v.published, COUNT(*)
            FROM {table} m
            {LatestMentions}
            WHERE m.{column} = $id
            GROUP BY a.id
            ORDER BY v.published_utc IS NULL, v.published_utc DESC, a.id DESC
            LIMIT $limit OFFSET $offset
            """,
            command =>
            {
                command.Parameters.AddWithValue("$id", id);
                command.Parameters.AddWithValue("$limit", limit);
                command.Parameters.AddWithValue("$offset", offset);
            },
            r => new EntityArticle(
                r.GetInt64(0), r.GetInt32(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                Timestamps.Parse(r.IsDBNull(4) ? null : r.GetString(4)), r.GetInt32(5)),
            cancellationToken);
    }

    private async Task<IReadOnlyList<T>> QueryAsync<T>(
        string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            bind(command);
            var rows = new List<T>();
            using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
        finally
        {
            gate.Release();
        }
    }

    private static StoredEntity ReadEntity(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), ParseType(r.GetString(2)), r.GetString(3), Timestamps.Parse(r.GetString(4))!.Value, r.GetInt32(5), r.GetInt32(6));

    private static EntityType ParseType(string type) => Enum.Parse<EntityType>(type, ignoreCase: true);
}

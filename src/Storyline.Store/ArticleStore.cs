using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Storyline.Core.Extraction;
using Storyline.Core.Model;

namespace Storyline.Store;

/// <summary>
/// The article store: one SQLite file in WAL mode. Saving is idempotent (same article and same
/// text is a duplicate; changed text becomes a new version beside the old) and each save is one
/// transaction, so a process killed at any moment leaves whole articles or nothing, and a rerun
/// completes the batch without duplicates. A document's entity and place mentions, when it
/// carries those layers, are saved in the same transaction as its text. Safe to share between
/// tasks; several processes may open the same file.
/// </summary>
public sealed partial class ArticleStore : IAsyncDisposable
{
    private const int BusyTimeoutMilliseconds = 10_000;

    private const string VersionColumns = """
        a.id, v.version, a.latest_version, v.content_hash, v.ingested_at, v.origin,
        v.url, v.canonical_url, v.outlet, v.title, v.authors, v.published, v.updated, v.published_source,
        v.language, v.standfirst, v.text, v.captions, v.paragraphs
        """;

    private readonly SqliteConnection connection;
    private readonly TimeProvider clock;

    // One connection is not thread-safe; operations queue here instead of opening a connection each.
    private readonly SemaphoreSlim gate = new(1, 1);

    private ArticleStore(SqliteConnection connection, string path, TimeProvider clock)
    {
        this.connection = connection;
        this.clock = clock;
        Path = path;
    }

    /// <summary>SQLite page cache per connection, in KiB (64 MiB).</summary>
    private const int CacheKibibytes = 65_536;

    public string Path { get; }

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/> and upgrades its schema.</summary>
    /// <exception cref="StoreException">The file is not a usable Storyline store.</exception>
    public static Task<ArticleStore> OpenAsync(string path, CancellationToken cancellationToken = default) =>
        OpenAsync(path, TimeProvider.System, cancellationToken);

    public static Task<ArticleStore> OpenAsync(string path, TimeProvider clock, CancellationToken cancellationToken = default) =>
        OpenAsync(path, clock, MigrationCatalog.LatestVersion, cancellationToken);

    /// <summary>Opens with the schema brought only up to <paramref name="schemaVersion"/>: lets tests build "older" stores.</summary>
    internal static async Task<ArticleStore> OpenAsync(string path, TimeProvider clock, int schemaVersion, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        SqliteConnection? connection = null;
        try
        {
            var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
                DefaultTimeout = BusyTimeoutMilliseconds / 1000,
            }.ToString());
            await connection.OpenAsync(cancellationToken);

            // journal_mode persists in the file; the others are per connection. The page cache is
            // raised from SQLite's 2 MiB so the mention indexes stay in memory as the store grows
            // and each insert does not go back to the file for its index pages.
            await ExecuteAsync(connection, $"""
                PRAGMA busy_timeout = {BusyTimeoutMilliseconds};
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = NORMAL;
                PRAGMA foreign_keys = ON;
                PRAGMA cache_size = -{CacheKibibytes};
                """, cancellationToken);
            await SchemaMigrator.MigrateAsync(connection, path, schemaVersion, clock, cancellationToken);
            return new ArticleStore(connection, path, clock);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            throw new StoreException($"cannot open store {path}: {e.Message}", e);
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>The schema version recorded in the file.</summary>
    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await SchemaMigrator.CurrentVersionAsync(connection, null, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Stores <paramref name="document"/> unless this exact text is already stored for the same article.</summary>
    /// <param name="origin">The input it came from, kept for provenance.</param>
    public async Task<SaveResult> SaveAsync(Document document, string? origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hash = ContentHash.Of(document.Text);
        var key = ArticleKey.For(document.Metadata, hash);
        var now = Timestamps.Utc(clock.GetUtcNow());

        await gate.WaitAsync(cancellationToken);
        try
        {
            // IMMEDIATE: take the write lock up front so two writers never deadlock upgrading a read lock.
            using var transaction = connection.BeginTransaction(deferred: false);
            var existing = await FindArticleAsync(transaction, key, cancellationToken);
            SaveResult result;
            if (existing is null)
            {
                var articleId = await InsertArticleAsync(transaction, key, ArticleKey.UrlOf(document.Metadata), now, cancellationToken);
                var versionId = await InsertVersionAsync(transaction, articleId, 1, hash, document, origin, now, cancellationToken);
                await WriteAnnotationsAsync(transaction, articleId, versionId, document, now, cancellationToken);
                result = new SaveResult(SaveOutcome.New, articleId, 1);
            }
            else if (await FindVersionAsync(transaction, existing.Value.Id, hash, cancellationToken) is { } duplicate)
            {
                await TouchAsync(transaction, existing.Value.Id, existing.Value.LatestVersion, now, cancellationToken);
                if (!duplicate.Annotated)
                {
                    // Stored before annotation existed (or without it): annotate it now, once.
                    await WriteAnnotationsAsync(transaction, existing.Value.Id, duplicate.RowId, document, now, cancellationToken);
                }

                result = new SaveResult(SaveOutcome.Duplicate, existing.Value.Id, duplicate.Version);
            }
            else
            {
                var version = existing.Value.LatestVersion + 1;
                var versionId = await InsertVersionAsync(transaction, existing.Value.Id, version, hash, document, origin, now, cancellationToken);
                await WriteAnnotationsAsync(transaction, existing.Value.Id, versionId, document, now, cancellationToken);
                await TouchAsync(transaction, existing.Value.Id, version, now, cancellationToken);
                result = new SaveResult(SaveOutcome.Updated, existing.Value.Id, version);
            }

            transaction.Commit();
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The latest version of each article, newest publication first (undated last), then newest id.</summary>
    /// <param name="outlet">Only this outlet (case-insensitive).</param>
    /// <param name="since">Only articles published at or after this instant.</param>
    public async Task<IReadOnlyList<StoredArticle>> ListAsync(
        int limit, int offset = 0, string? outlet = null, DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT {VersionColumns}
                FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.latest_version
                WHERE {Filter(command, outlet, since)}
                ORDER BY v.published_utc IS NULL, v.published_utc DESC, a.id DESC
                LIMIT $limit OFFSET $offset
                """;
            command.Parameters.AddWithValue("$limit", limit);
            command.Parameters.AddWithValue("$offset", offset);
            return await ReadArticlesAsync(command, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Article <paramref name="id"/> at <paramref name="version"/> (default: its latest), or null when there is none.</summary>
    public async Task<StoredArticle?> GetAsync(long id, int? version = null, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT {VersionColumns}
                FROM articles a JOIN article_versions v ON v.article_id = a.id
                WHERE a.id = $id AND v.version = COALESCE($version, a.latest_version)
                """;
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$version", (object?)version ?? DBNull.Value);
            var found = await ReadArticlesAsync(command, cancellationToken);
            return found.Count == 0 ? null : found[0];
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>How many articles (not versions) match the same filters as <see cref="ListAsync"/>.</summary>
    public async Task<int> CountAsync(string? outlet = null, DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT COUNT(*)
                FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.latest_version
                WHERE {Filter(command, outlet, since)}
                """;
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await gate.WaitAsync();
        try
        {
            await connection.DisposeAsync();
        }
        finally
        {
            gate.Release();
            gate.Dispose();
        }
    }

    private static string Filter(SqliteCommand command, string? outlet, DateTimeOffset? since)
    {
        var conditions = new List<string> { "1 = 1" };
        if (outlet is not null)
        {
            conditions.Add("v.outlet = $outlet COLLATE NOCASE");
            command.Parameters.AddWithValue("$outlet", outlet);
        }

        if (since is { } from)
        {
            conditions.Add("v.published_utc >= $since");
            command.Parameters.AddWithValue("$since", Timestamps.Utc(from));
        }

        return string.Join(" AND ", conditions);
    }

    private async Task<(long Id, int LatestVersion)?> FindArticleAsync(SqliteTransaction transaction, string key, CancellationToken cancellationToken)
    {
        using var command = Command(transaction, "SELECT id, latest_version FROM articles WHERE article_key = $key");
        command.Parameters.AddWithValue("$key", key);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetInt32(1)) : null;
    }

    private async Task<(int Version, long RowId, bool Annotated)?> FindVersionAsync(
        SqliteTransaction transaction, long articleId, string hash, CancellationToken cancellationToken)
    {
        using var command = Command(transaction, """
            SELECT version, id, annotated_at IS NOT NULL FROM article_versions WHERE article_id = $article AND content_hash = $hash
            """);
        command.Parameters.AddWithValue("$article", articleId);
        command.Parameters.AddWithValue("$hash", hash);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt32(0), reader.GetInt64(1), reader.GetBoolean(2)) : null;
    }

    /// <summary>Stores the document's mention layers for a version row, when the document carries any.</summary>
    private async Task WriteAnnotationsAsync(
        SqliteTransaction transaction, long articleId, long versionId, Document document, string now, CancellationToken cancellationToken)
    {
        if (!AnnotationWriter.HasAnnotations(document))
        {
            return;
        }

        using var writer = new AnnotationWriter(connection, transaction, now);
        await writer.WriteAsync(articleId, versionId, document, cancellationToken);
    }

    private async Task<long> InsertArticleAsync(SqliteTransaction transaction, string key, string? canonicalUrl, string now, CancellationToken cancellationToken)
    {
        using var command = Command(transaction, """
            INSERT INTO articles (article_key, canonical_url, latest_version, first_seen_at, last_seen_at)
            VALUES ($key, $canonical, 1, $now, $now)
            RETURNING id
            """);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$canonical", (object?)canonicalUrl ?? DBNull.Value);
        command.Parameters.AddWithValue("$now", now);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private async Task TouchAsync(SqliteTransaction transaction, long articleId, int latestVersion, string now, CancellationToken cancellationToken)
    {
        using var command = Command(transaction, "UPDATE articles SET latest_version = $latest, last_seen_at = $now WHERE id = $id");
        command.Parameters.AddWithValue("$latest", latestVersion);
        command.Parameters.AddWithValue("$now", now);
        command.Parameters.AddWithValue("$id", articleId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<long> InsertVersionAsync(
        SqliteTransaction transaction, long articleId, int version, string hash, Document document, string? origin, string now, CancellationToken cancellationToken)
    {
        var m = document.Metadata;
        using var command = Command(transaction, """
            INSERT INTO article_versions (
                article_id, version, content_hash, url, canonical_url, outlet, title, authors,
                published, published_utc, updated, updated_utc, published_source, language, standfirst,
                text, captions, paragraphs, ingested_at, origin)
            VALUES (
                $article, $version, $hash, $url, $canonical, $outlet, $title, $authors,
                $published, $published_utc, $updated, $updated_utc, $published_source, $language, $standfirst,
                $text, $captions, $paragraphs, $now, $origin)
            RETURNING id
            """);
        var p = command.Parameters;
        p.AddWithValue("$article", articleId);
        p.AddWithValue("$version", version);
        p.AddWithValue("$hash", hash);
        p.AddWithValue("$url", Nullable(m.Url));
        p.AddWithValue("$canonical", Nullable(m.CanonicalUrl));
        p.AddWithValue("$outlet", Nullable(m.Outlet));
        p.AddWithValue("$title", Nullable(m.Title));
        p.AddWithValue("$authors", JsonSerializer.Serialize(m.Authors.IsDefault ? [] : m.Authors));
        p.AddWithValue("$published", Nullable(Timestamps.WithOffset(m.Published)));
        p.AddWithValue("$published_utc", Nullable(Timestamps.Utc(m.Published)));
        p.AddWithValue("$updated", Nullable(Timestamps.WithOffset(m.Updated)));
        p.AddWithValue("$updated_utc", Nullable(Timestamps.Utc(m.Updated)));
        p.AddWithValue("$published_source", Nullable(m.PublishedSource));
        p.AddWithValue("$language", Nullable(m.Language));
        p.AddWithValue("$standfirst", Nullable(m.Standfirst));
        p.AddWithValue("$text", document.Text);
        p.AddWithValue("$captions", JsonSerializer.Serialize(m.Captions.IsDefault ? [] : m.Captions));
        p.AddWithValue("$paragraphs", Nullable(ParagraphLayerJson.Serialize(document)));
        p.AddWithValue("$now", now);
        p.AddWithValue("$origin", Nullable(origin));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static async Task<IReadOnlyList<StoredArticle>> ReadArticlesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var articles = new List<StoredArticle>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            articles.Add(ReadArticle(reader));
        }

        return articles;
    }

    private static StoredArticle ReadArticle(SqliteDataReader r)
    {
        var metadata = new ArticleMetadata(
            Url: Text(r, 6),
            CanonicalUrl: Text(r, 7),
            Outlet: Text(r, 8),
            Title: Text(r, 9),
            Authors: StringArray(r.GetString(10)),
            Published: Timestamps.Parse(Text(r, 11)),
            Updated: Timestamps.Parse(Text(r, 12)),
            PublishedSource: Text(r, 13),
            Language: Text(r, 14),
            Standfirst: Text(r, 15),
            Captions: StringArray(r.GetString(17)));
        var document = ParagraphLayerJson.Restore(new Document(r.GetString(16), metadata), Text(r, 18));
        return new StoredArticle(
            Id: r.GetInt64(0),
            Version: r.GetInt32(1),
            LatestVersion: r.GetInt32(2),
            ContentHash: r.GetString(3),
            IngestedAt: Timestamps.Parse(r.GetString(4))!.Value,
            Origin: Text(r, 5),
            Document: document);
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static ImmutableArray<string> StringArray(string json) =>
        JsonSerializer.Deserialize<ImmutableArray<string>>(json);

    private static object Nullable(string? value) => (object?)value ?? DBNull.Value;

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

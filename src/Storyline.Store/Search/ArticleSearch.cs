using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Storyline.Store.Search;

/// <summary>
/// Full-text search over the stored articles with SQLite FTS5 (porter stemming, diacritics folded;
/// the index is kept current by triggers in each save's transaction, see migration 0004).
/// <para>
/// Ranking: relevance is FTS5's BM25 with the title weighted 4, the standfirst 2, text and outlet 1;
/// it is multiplied by a recency factor 0.5 + 0.5 * 2^(-age / 14 days), the age counted back from
/// the newest matching article (not the clock, so an archive ranks the same tomorrow). An old article
/// thus keeps at least half its relevance. So that a query as common as "police" costs the same on
/// 100k articles as on 1k, only the most recently stored <see cref="Candidates"/> (300) matches (FTS5
/// walks its index newest first, computing BM25 for those alone) are ranked, and
/// <see cref="SearchResults.Total"/> counts them (it stops at that cap).
/// </para>
/// </summary>
public sealed class ArticleSearch(string databasePath)
{
    public const int Candidates = 300;
    private const double HalfLifeDays = 14;

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (FtsQuery.From(request.Text) is not { } match)
        {
            return new SearchResults([], 0);
        }

        await using var connection = await StoreConnection.OpenReaderAsync(databasePath, cancellationToken);
        var candidates = await CandidatesAsync(connection, match, request, cancellationToken);
        if (candidates.Count == 0)
        {
            return new SearchResults([], 0);
        }

        var newest = candidates.Max(c => c.Published) ?? DateTimeOffset.MinValue;
        var ranked = candidates
            .Select(c => (c.VersionId, Score: c.Relevance * Recency(newest, c.Published)))
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.VersionId)
            .Skip(request.Offset).Take(request.Limit).ToList();
        var details = await DetailsAsync(connection, match, ranked.Select(r => r.VersionId), cancellationToken);
        return new SearchResults(
            [.. ranked.Where(r => details.ContainsKey(r.VersionId)).Select(r => details[r.VersionId] with { Score = Math.Round(r.Score, 4) })],
            candidates.Count);
    }

    /// <summary>Rebuilds both full-text indexes (articles, and stories' titles and summaries) from the stored rows.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await StoreConnection.OpenAsync(databasePath, cancellationToken);
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.Command("""
            INSERT INTO article_search (article_search) VALUES ('rebuild');
            INSERT INTO story_search (story_search) VALUES ('rebuild');
            INSERT INTO article_search (article_search) VALUES ('optimize');
            """, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
        transaction.Commit();
    }

    private static double Recency(DateTimeOffset newest, DateTimeOffset? published) =>
        published is { } time ? 0.5 + (0.5 * Math.Pow(2, -Math.Max(0, (newest - time).TotalDays) / HalfLifeDays)) : 0.5;

    private static async Task<List<(long VersionId, double Relevance, DateTimeOffset? Published)>> CandidatesAsync(
        SqliteConnection connection, string match, SearchRequest request, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        var conditions = new List<string> { "article_search MATCH $match" };
        command.Parameters.AddWithValue("$match", match);
        if (!string.IsNullOrWhiteSpace(request.Outlet))
        {
            conditions.Add("v.outlet = $outlet COLLATE NOCASE");
            command.Parameters.AddWithValue("$outlet", request.Outlet.Trim());
        }

        if (request.From is { } from)
        {
            conditions.Add("v.published_utc >= $from");
            command.Parameters.AddWithValue("$from", Timestamps.Utc(from));
        }

        if (request.To is { } to)
        {
            conditions.Add("v.published_utc < $to");
            command.Parameters.AddWithValue("$to", Timestamps.Utc(to));
        }

        command.CommandText = $"""
            SELECT article_search.rowid, bm25(article_search, 4.0, 2.0, 1.0, 1.0), v.published_utc
            FROM article_search
            JOIN article_versions v ON v.id = article_search.rowid
            JOIN articles a ON a.id = v.article_id AND a.latest_version = v.version
            WHERE {string.Join(" AND ", conditions)}
            ORDER BY article_search.rowid DESC
            LIMIT {Candidates}
            """;
        var candidates = new List<(long, double, DateTimeOffset?)>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // BM25 comes out negative, better matches lower.
            candidates.Add((reader.GetInt64(0), -reader.GetDouble(1), reader.IsDBNull(2) ? null : Timestamps.Parse(reader.GetString(2))));
        }

        return candidates;
    }

    private static async Task<Dictionary<long, SearchHit>> DetailsAsync(
        SqliteConnection connection, string match, IEnumerable<long> versionIds, CancellationToken cancellationToken)
    {
        var list = string.Join(',', versionIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        var hits = new Dictionary<long, SearchHit>();
        if (list.Length == 0)
        {
            return hits;
        }

        using var command = connection.Command($"""
            SELECT article_search.rowid, v.article_id, v.title, v.outlet, v.published, sa.story_id,
                   snippet(article_search, -1, char({(int)SnippetMarkers.Open}), char({(int)SnippetMarkers.Close}), '…', 24)
            FROM article_search
            JOIN article_versions v ON v.id = article_search.rowid
            LEFT JOIN story_articles sa ON sa.article_id = v.article_id
            WHERE article_search MATCH $match AND article_search.rowid IN ({list})
            """);
        command.Parameters.AddWithValue("$match", match);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hits[reader.GetInt64(0)] = new SearchHit(
                reader.GetInt64(1),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : Timestamps.Parse(reader.GetString(4)),
                0,
                SnippetMarkers.Split(reader.GetString(6)));
        }

        return hits;
    }
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Storyline.Core.Serialization;
using Storyline.Core.Stories;

namespace Storyline.Store.Stories;

/// <summary>
/// The SQL of the story refresh on one connection: the queue of unplaced articles, the replay set
/// (held in a temporary table), clustering profiles rebuilt from the stored text and mention tables
/// (no re-annotation), and the writes of memberships and briefings.
/// </summary>
internal sealed class StoryTables(SqliteConnection connection)
{
    private const int Chunk = 400;

    public async Task<List<long>> PendingAsync(CancellationToken cancellationToken)
    {
        using var command = connection.Command("SELECT article_id FROM story_pending ORDER BY article_id");
        return await ReadLongsAsync(command, cancellationToken);
    }

    /// <summary>The earliest publication time among <paramref name="ids"/>, or null when none is dated.</summary>
    public async Task<DateTimeOffset?> EarliestPublishedAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        DateTimeOffset? earliest = null;
        foreach (var chunk in ids.Chunk(Chunk))
        {
            using var command = connection.Command($"""
                SELECT MIN(v.published_utc) FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.latest_version
                WHERE a.id IN ({List(chunk)})
                """);
            if (Timestamps.Parse(await command.ExecuteScalarAsync(cancellationToken) as string) is { } found && (earliest is null || found < earliest))
            {
                earliest = found;
            }
        }

        return earliest;
    }

    public async Task<DateTimeOffset?> NewestPublishedAsync(CancellationToken cancellationToken)
    {
        using var command = connection.Command("SELECT MAX(published_utc) FROM article_versions");
        return Timestamps.Parse(await command.ExecuteScalarAsync(cancellationToken) as string);
    }

    /// <summary>
    /// Fills the temporary replay set: the pending articles, every member of a story whose last
    /// article is at or after <paramref name="windowStart"/> (or undated), and the excluded
    /// non-articles published since then (the copy detector must see them again). Null: everything.
    /// </summary>
    public async Task FillReplaySetAsync(IReadOnlyList<long> pending, DateTimeOffset? windowStart, CancellationToken cancellationToken)
    {
        await ExecuteAsync("DROP TABLE IF EXISTS temp.refresh_set; CREATE TEMP TABLE refresh_set (article_id INTEGER PRIMARY KEY)", cancellationToken);
        foreach (var chunk in pending.Chunk(Chunk))
        {
            await ExecuteAsync($"INSERT OR IGNORE INTO refresh_set (article_id) VALUES {string.Join(',', chunk.Select(id => $"({id})"))}", cancellationToken);
        }

        using var command = connection.Command("""
            INSERT OR IGNORE INTO refresh_set (article_id)
            SELECT sa.article_id FROM stories s JOIN story_articles sa ON sa.story_id = s.id
            WHERE $since IS NULL OR s.last_published IS NULL OR s.last_published >= $since;
            INSERT OR IGNORE INTO refresh_set (article_id)
            SELECT x.article_id FROM story_exclusions x
            JOIN articles a ON a.id = x.article_id JOIN article_versions v ON v.article_id = a.id AND v.version = a.latest_version
            WHERE $since IS NULL OR v.published_utc >= $since;
            """);
        command.Parameters.AddWithValue("$since", (object?)Timestamps.Utc(windowStart) ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The replay set in the order the clusterer reads a store: undated first, then earliest first, then by id as text (as <c>brief</c> always did).</summary>
    public async Task<List<long>> ReplayOrderAsync(CancellationToken cancellationToken)
    {
        using var command = connection.Command("""
            SELECT r.article_id, v.published_utc FROM refresh_set r
            JOIN articles a ON a.id = r.article_id JOIN article_versions v ON v.article_id = a.id AND v.version = a.latest_version
            """);
        var rows = new List<(long Id, string Text, string? Published)>();
        using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt64(0);
                rows.Add((id, id.ToString(CultureInfo.InvariantCulture), reader.IsDBNull(1) ? null : reader.GetString(1)));
            }
        }

        return
        [
            .. rows.OrderBy(r => r.Published is not null).ThenBy(r => r.Published, StringComparer.Ordinal)
                .ThenBy(r => r.Text, StringComparer.Ordinal).Select(r => r.Id),
        ];
    }

    /// <summary>Every story with a member in the replay set, with all its members (those outside the set too).</summary>
    public async Task<Dictionary<string, PlacedStory>> TouchedStoriesAsync(CancellationToken cancellationToken)
    {
        using var command = connection.Command("""
            SELECT s.id, s.first_published, s.last_published, sa.article_id, sa.version, sa.origin_article_id
            FROM stories s JOIN story_articles sa ON sa.story_id = s.id
            WHERE s.id IN (SELECT DISTINCT sa2.story_id FROM refresh_set r JOIN story_articles sa2 ON sa2.article_id = r.article_id)
            ORDER BY s.id
            """);
        var stories = new Dictionary<string, (DateTimeOffset? First, DateTimeOffset? Last, List<StoryMember> Members)>(StringComparer.Ordinal);
        using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetString(0);
                if (!stories.TryGetValue(id, out var story))
                {
                    story = (Timestamps.Parse(Text(reader, 1)), Timestamps.Parse(Text(reader, 2)), []);
                    stories[id] = story;
                }

                story.Members.Add(new StoryMember(reader.GetInt64(3), reader.GetInt32(4), reader.IsDBNull(5) ? null : reader.GetInt64(5)));
            }
        }

        return stories.ToDictionary(p => p.Key, p => new PlacedStory(p.Key, p.Value.First, p.Value.Last, [.. p.Value.Members]), StringComparer.Ordinal);
    }

    public async Task<bool> StoryExistsAsync(string id, CancellationToken cancellationToken)
    {
        using var command = connection.Command("SELECT 1 FROM stories WHERE id = $id");
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>
    /// The clustering profiles of <paramref name="ids"/> (latest versions), from the stored text and
    /// the stored entity and place mentions: what <see cref="ArticleProfile.From"/> reads off an
    /// annotated document, without annotating again.
    /// </summary>
    public async Task<Dictionary<long, (ArticleProfile Profile, int Version)>> ProfilesAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        var list = List(ids);
        var rows = new Dictionary<long, (long VersionId, int Version, string Hash, string? Title, string Text, DateTimeOffset? Published)>();
        using (var command = connection.Command($"""
            SELECT a.id, v.id, v.version, v.content_hash, v.title, v.text, v.published
            FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.latest_version
            WHERE a.id IN ({list})
            """))
        {
            using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows[reader.GetInt64(0)] = (reader.GetInt64(1), reader.GetInt32(2), reader.GetString(3), Text(reader, 4), reader.GetString(5), Timestamps.Parse(Text(reader, 6)));
            }
        }

        var versions = List(rows.Values.Select(r => r.VersionId));
        var entities = await KeysAsync($"""
            SELECT m.version_id, e.canonical_key FROM entity_mentions m JOIN entities e ON e.id = m.entity_id
            WHERE m.version_id IN ({versions}) ORDER BY m.version_id, m.start_offset
            """, cancellationToken);
        var places = await KeysAsync($"""
            SELECT version_id, 'geonames:' || geonames_id FROM place_mentions
            WHERE version_id IN ({versions}) AND geonames_id <> 0 ORDER BY version_id, start_offset
            """, cancellationToken);
        return rows.ToDictionary(
            p => p.Key,
            p => (ArticleProfile.Of(
                p.Key.ToString(CultureInfo.InvariantCulture),
                p.Value.Hash,
                p.Value.Title,
                p.Value.Text,
                p.Value.Published,
                entities.TryGetValue(p.Value.VersionId, out var e) ? e : [],
                places.TryGetValue(p.Value.VersionId, out var pl) ? pl : []), p.Value.Version));
    }

    /// <summary>
    /// Writes a refresh's placement in one transaction: memberships and exclusions of the replay set,
    /// removed stories deleted, changed stories marked stale, the pending queue cleared of what was read.
    /// </summary>
    /// <param name="placed">Every story of the replay, changed or not: the replay set's memberships are rewritten from these.</param>
    /// <param name="changed">The stories whose rows are upserted and marked stale.</param>
    public async Task WritePlacementAsync(
        IReadOnlyList<PlacedStory> placed, IReadOnlyList<PlacedStory> changed, IReadOnlyList<string> removed,
        IReadOnlyList<(long ArticleId, int Version, string Reason)> exclusions, IReadOnlyList<long> pending, string now, CancellationToken cancellationToken)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        await ExecuteAsync("""
            DELETE FROM story_articles WHERE article_id IN (SELECT article_id FROM refresh_set);
            DELETE FROM story_exclusions WHERE article_id IN (SELECT article_id FROM refresh_set);
            """, cancellationToken, transaction);
        foreach (var id in removed)
        {
            using var delete = connection.Command("DELETE FROM story_facets WHERE story_id = $id; DELETE FROM stories WHERE id = $id;", transaction);
            delete.Parameters.AddWithValue("$id", id);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        using var member = Prepared(transaction, """
            INSERT OR REPLACE INTO story_articles (article_id, version, story_id, origin_article_id) VALUES ($article, $version, $story, $origin)
            """, "$article", "$version", "$story", "$origin");
        using var story = Prepared(transaction, """
            INSERT INTO stories (id, title, first_published, last_published, article_count, outlet_count, contested, stale, updated_at)
            VALUES ($id, '', $first, $last, $count, 0, 0, 1, $now)
            ON CONFLICT (id) DO UPDATE SET first_published = $first, last_published = $last, article_count = $count, stale = 1, updated_at = $now
            """, "$id", "$first", "$last", "$count", "$now");
        foreach (var updated in changed)
        {
            Bind(story, updated.Id, Timestamps.Utc(updated.FirstPublished), Timestamps.Utc(updated.LastPublished), updated.Members.Length, now);
            await story.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var kept in placed)
        {
            foreach (var m in kept.Members)
            {
                Bind(member, m.ArticleId, m.Version, kept.Id, m.OriginArticleId);
                await member.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        using var exclusion = Prepared(transaction, """
            INSERT OR REPLACE INTO story_exclusions (article_id, version, reason) VALUES ($article, $version, $reason)
            """, "$article", "$version", "$reason");
        foreach (var (articleId, version, reason) in exclusions)
        {
            Bind(exclusion, articleId, version, reason);
            await exclusion.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var chunk in pending.Chunk(Chunk))
        {
            await ExecuteAsync($"DELETE FROM story_pending WHERE article_id IN ({List(chunk)})", cancellationToken, transaction);
        }

        transaction.Commit();
    }

    /// <summary>Stories whose briefing must be (re)built: membership changed, or a killed run left it unbuilt.</summary>
    public async Task<List<string>> StaleStoriesAsync(int limit, CancellationToken cancellationToken)
    {
        using var command = connection.Command("SELECT id FROM stories WHERE stale = 1 ORDER BY seq LIMIT $limit");
        command.Parameters.AddWithValue("$limit", limit);
        var ids = new List<string>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public async Task<PlacedStory?> StoryAsync(string id, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        using var command = connection.Command("""
            SELECT s.first_published, s.last_published, sa.article_id, sa.version, sa.origin_article_id
            FROM stories s LEFT JOIN story_articles sa ON sa.story_id = s.id WHERE s.id = $id ORDER BY sa.article_id
            """, transaction);
        command.Parameters.AddWithValue("$id", id);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        PlacedStory? story = null;
        var members = ImmutableArray.CreateBuilder<StoryMember>();
        while (await reader.ReadAsync(cancellationToken))
        {
            story ??= new PlacedStory(id, Timestamps.Parse(Text(reader, 0)), Timestamps.Parse(Text(reader, 1)), []);
            if (!reader.IsDBNull(2))
            {
                members.Add(new StoryMember(reader.GetInt64(2), reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetInt64(4)));
            }
        }

        return story is null ? null : story with { Members = members.ToImmutable() };
    }

    /// <summary>
    /// Stores the briefings built from the memberships in <paramref name="built"/>, each only if its
    /// membership is still the one it was built from (another refresh may have moved on).
    /// </summary>
    public async Task<int> WriteBriefingsAsync(IReadOnlyList<(PlacedStory Story, MaterialisedStory Briefing)> built, string now, CancellationToken cancellationToken)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var written = 0;
        using var update = Prepared(transaction, """
            UPDATE stories SET title = $title, first_published = $first, last_published = $last, article_count = $count,
                outlet_count = $outlets_count, contested = $contested, outlets = $outlets, places = $places, summary = $summary,
                briefing_json = $json, briefing_md = $md, briefing_html = $html, stale = 0, updated_at = $now
            WHERE id = $id
            """, "$id", "$title", "$first", "$last", "$count", "$outlets_count", "$contested", "$outlets", "$places", "$summary", "$json", "$md", "$html", "$now");
        using var facet = Prepared(transaction, "INSERT OR IGNORE INTO story_facets (story_id, kind, key, name) VALUES ($story, $kind, $key, $name)",
            "$story", "$kind", "$key", "$name");
        foreach (var (story, briefing) in built)
        {
            if (await StoryAsync(story.Id, transaction, cancellationToken) is not { } current || current.Signature != story.Signature)
            {
                continue;
            }

            Bind(update, story.Id, briefing.Title, Timestamps.Utc(briefing.FirstPublished), Timestamps.Utc(briefing.LastPublished), briefing.ArticleCount,
                briefing.Outlets.Length, briefing.Contested, JsonSerializer.Serialize(briefing.Outlets, StorylineJson.Options), JsonSerializer.Serialize(briefing.Places, StorylineJson.Options),
                briefing.Summary, briefing.Json, briefing.Markdown, briefing.Html, now);
            await update.ExecuteNonQueryAsync(cancellationToken);
            using (var clear = connection.Command("DELETE FROM story_facets WHERE story_id = $id", transaction))
            {
                clear.Parameters.AddWithValue("$id", story.Id);
                await clear.ExecuteNonQueryAsync(cancellationToken);
            }

            foreach (var f in briefing.Facets)
            {
                Bind(facet, story.Id, f.Kind, f.Key, f.Name);
                await facet.ExecuteNonQueryAsync(cancellationToken);
            }

            written++;
        }

        transaction.Commit();
        return written;
    }

    private async Task<Dictionary<long, List<string>>> KeysAsync(string sql, CancellationToken cancellationToken)
    {
        var keys = new Dictionary<long, List<string>>();
        using var command = connection.Command(sql);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var version = reader.GetInt64(0);
            if (!keys.TryGetValue(version, out var list))
            {
                keys[version] = list = [];
            }

            list.Add(reader.GetString(1));
        }

        return keys;
    }

    private SqliteCommand Prepared(SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.Command(sql, transaction);
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        using var command = connection.Command(sql, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<long>> ReadLongsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var values = new List<long>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetInt64(0));
        }

        return values;
    }

    private static string List(IEnumerable<long> ids)
    {
        var list = string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        return list.Length == 0 ? "NULL" : list;
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}

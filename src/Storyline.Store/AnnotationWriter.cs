using System.Globalization;
using Microsoft.Data.Sqlite;
using Storyline.Core.Model;

namespace Storyline.Store;

/// <summary>
/// Writes one article version's entity and place mentions inside the caller's transaction:
/// replaces whatever that version had (so writing twice never duplicates), registers entities
/// and places the store has not seen, and marks the version annotated. Each statement is
/// prepared once and rebound per row; entity ids are looked up once per key.
/// </summary>
internal sealed class AnnotationWriter : IDisposable
{
    private readonly SqliteCommand findEntity;
    private readonly SqliteCommand insertEntity;
    private readonly SqliteCommand insertMention;
    private readonly SqliteCommand insertPlace;
    private readonly SqliteCommand insertPlaceMention;
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly string now;
    private readonly Dictionary<string, long> entityIds = new(StringComparer.Ordinal);

    public AnnotationWriter(SqliteConnection connection, SqliteTransaction transaction, string now)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.now = now;
        findEntity = Prepare("SELECT id FROM entities WHERE canonical_key = $key", "$key");
        insertEntity = Prepare(
            "INSERT INTO entities (canonical_key, type, name, first_seen_at) VALUES ($key, $type, $name, $now) RETURNING id",
            "$key", "$type", "$name", "$now");
        insertMention = Prepare(
            """
            INSERT OR IGNORE INTO entity_mentions (version_id, article_id, entity_id, start_offset, end_offset, text)
            VALUES ($version, $article, $entity, $start, $end, $text)
            """,
            "$version", "$article", "$entity", "$start", "$end", "$text");
        insertPlace = Prepare(
            """
            INSERT OR IGNORE INTO places (geonames_id, name, kind, country_code, country, region, latitude, longitude, first_seen_at)
            VALUES ($id, $name, $kind, $code, $country, $region, $lat, $lon, $now)
            """,
            "$id", "$name", "$kind", "$code", "$country", "$region", "$lat", "$lon", "$now");
        insertPlaceMention = Prepare(
            """
            INSERT OR IGNORE INTO place_mentions (version_id, article_id, geonames_id, start_offset, end_offset, text, qualifier)
            VALUES ($version, $article, $place, $start, $end, $text, $qualifier)
            """,
            "$version", "$article", "$place", "$start", "$end", "$text", "$qualifier");
    }

    /// <summary>Whether <paramref name="document"/> carries any layer this writer stores.</summary>
    public static bool HasAnnotations(Document document) =>
        document.Has(Layers.EntityMentions) || document.Has(Layers.Places);

    /// <summary>Replaces the stored mentions of version row <paramref name="versionId"/> with the document's.</summary>
    public async Task WriteAsync(long articleId, long versionId, Document document, CancellationToken cancellationToken)
    {
        using (var clear = Command("""
            DELETE FROM entity_mentions WHERE version_id = $version;
            DELETE FROM place_mentions WHERE version_id = $version;
            UPDATE article_versions SET annotated_at = $now WHERE id = $version;
            """))
        {
            clear.Parameters.AddWithValue("$version", versionId);
            clear.Parameters.AddWithValue("$now", now);
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var mention in document.Get(Layers.EntityMentions))
        {
            var entityId = await EntityIdAsync(mention, cancellationToken);
            Bind(insertMention, versionId, articleId, entityId, mention.Range.Start, mention.Range.End, mention.Text);
            await insertMention.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var place in document.Get(Layers.Places))
        {
            Bind(insertPlace, place.GeoNameId, place.Name, Kind(place.Kind), place.CountryCode, place.CountryName,
                Nullable(place.Region), place.Latitude, place.Longitude, now);
            await insertPlace.ExecuteNonQueryAsync(cancellationToken);
            Bind(insertPlaceMention, versionId, articleId, place.GeoNameId, place.Range.Start, place.Range.End, place.Text, Nullable(place.Qualifier));
            await insertPlaceMention.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public void Dispose()
    {
        findEntity.Dispose();
        insertEntity.Dispose();
        insertMention.Dispose();
        insertPlace.Dispose();
        insertPlaceMention.Dispose();
    }

    public static string TypeName(EntityType type) => type.ToString().ToLowerInvariant();

    public static string Kind(PlaceKind kind) => kind.ToString().ToLowerInvariant();

    private async Task<long> EntityIdAsync(EntityMention mention, CancellationToken cancellationToken)
    {
        if (entityIds.TryGetValue(mention.CanonicalKey, out var known))
        {
            return known;
        }

        Bind(findEntity, mention.CanonicalKey);
        var found = await findEntity.ExecuteScalarAsync(cancellationToken);
        if (found is null)
        {
            Bind(insertEntity, mention.CanonicalKey, TypeName(mention.Type), mention.CanonicalName, now);
            found = await insertEntity.ExecuteScalarAsync(cancellationToken);
        }

        var id = Convert.ToInt64(found, CultureInfo.InvariantCulture);
        entityIds[mention.CanonicalKey] = id;
        return id;
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = Command(sql);
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Bind(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }

    private static object Nullable(string? value) => (object?)value ?? DBNull.Value;
}

using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Storyline.Store;

/// <summary>
/// Brings a database up to this build's schema. Each migration runs in its own immediate
/// transaction and re-checks the applied version inside it, so two processes opening the same
/// new file at once apply every step exactly once.
/// </summary>
internal static class SchemaMigrator
{
    public static async Task MigrateAsync(SqliteConnection connection, string path, int targetVersion, TimeProvider clock, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, null, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER PRIMARY KEY,
                name       TEXT NOT NULL,
                applied_at TEXT NOT NULL
            )
            """, cancellationToken);

        var current = await CurrentVersionAsync(connection, null, cancellationToken);
        if (current > MigrationCatalog.LatestVersion)
        {
            throw TooNew(path, current);
        }

        foreach (var migration in MigrationCatalog.All)
        {
            if (migration.Version <= current || migration.Version > targetVersion)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            using var transaction = connection.BeginTransaction(deferred: false);
            var applied = await CurrentVersionAsync(connection, transaction, cancellationToken);
            if (applied > MigrationCatalog.LatestVersion)
            {
                throw TooNew(path, applied);
            }

            if (applied < migration.Version)
            {
                await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
                using var record = connection.CreateCommand();
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $at)";
                record.Parameters.AddWithValue("$version", migration.Version);
                record.Parameters.AddWithValue("$name", migration.Name);
                record.Parameters.AddWithValue("$at", Timestamps.Utc(clock.GetUtcNow()));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            transaction.Commit();
            current = Math.Max(applied, migration.Version);
        }
    }

    public static async Task<int> CurrentVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static StoreException TooNew(string path, int version) => new(
        $"{path} has schema version {version}, newer than this build of Storyline understands (up to {MigrationCatalog.LatestVersion}); "
        + "use a newer Storyline or another --db.");

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

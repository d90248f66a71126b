using Microsoft.Data.Sqlite;

namespace Storyline.Store;

/// <summary>
/// Pooled connections to an existing store for work beside <see cref="ArticleStore"/>'s own
/// connection: concurrent readers (WAL lets them run beside a writer) and the story refresher.
/// The schema must already be migrated (open the store with <see cref="ArticleStore.OpenAsync(string, CancellationToken)"/> first).
/// </summary>
internal static class StoreConnection
{
    private const int BusyTimeoutSeconds = 10;

    public static async Task<SqliteConnection> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = true,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            using var pragmas = connection.CreateCommand();
            pragmas.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutSeconds * 1000}; PRAGMA foreign_keys = ON;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}

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
    private const long ReaderMapBytes = 4L << 30;

    public static Task<SqliteConnection> OpenAsync(string path, CancellationToken cancellationToken) =>
        OpenAsync(path, SqliteOpenMode.ReadWrite, $"PRAGMA busy_timeout = {BusyTimeoutSeconds * 1000}; PRAGMA foreign_keys = ON;", cancellationToken);

    /// <summary>
    /// A pooled read-only connection for the web readers (a separate pool from the writers'): it
    /// cannot take a write lock by mistake, needs no busy timeout (a WAL reader never waits for a
    /// lock) nor foreign keys (they only matter to writes), and reads the file memory-mapped. Each
    /// connection has a page cache of its own, so with twenty pooled readers every one of them used
    /// to fault the same index pages into its own cache (a cold connection's first search cost
    /// 10 to 15 ms of CPU); mapped pages are the operating system's, shared by all of them.
    /// </summary>
    public static Task<SqliteConnection> OpenReaderAsync(string path, CancellationToken cancellationToken) =>
        OpenAsync(path, SqliteOpenMode.ReadOnly, $"PRAGMA mmap_size = {ReaderMapBytes};", cancellationToken);

    private static async Task<SqliteConnection> OpenAsync(string path, SqliteOpenMode mode, string? pragmas, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = true,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (pragmas is not null)
            {
                using var command = connection.CreateCommand();
                command.CommandText = pragmas;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

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

using Microsoft.Data.Sqlite;

namespace Storyline.Store.Tests;

public sealed class SchemaMigratorTests : IDisposable
{
    private readonly TempDatabase db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public async Task A_new_file_gets_every_migration_once_and_reopens_unchanged()
    {
        await using (var store = await ArticleStore.OpenAsync(db.FilePath))
        {
            Assert.Equal(MigrationCatalog.LatestVersion, await store.SchemaVersionAsync());
        }

        await using (var reopened = await ArticleStore.OpenAsync(db.FilePath))
        {
            Assert.Equal(MigrationCatalog.LatestVersion, await reopened.SchemaVersionAsync());
        }

        Assert.Equal(
            MigrationCatalog.All.Select(m => (long)m.Version),
            await QueryAsync<long>("SELECT version FROM schema_migrations ORDER BY version"));
    }

    [Fact]
    public async Task Opening_an_older_store_upgrades_it_and_keeps_its_articles()
    {
        await using (var old = await ArticleStore.OpenAsync(db.FilePath, TimeProvider.System, schemaVersion: 1, CancellationToken.None))
        {
            Assert.Equal(1, await old.SchemaVersionAsync());
            await old.SaveAsync(Articles.Make(), "old.html");
        }

        Assert.Empty(await QueryAsync<string>("SELECT name FROM sqlite_master WHERE name = 'article_versions_published'"));

        await using var upgraded = await ArticleStore.OpenAsync(db.FilePath);
        Assert.Equal(MigrationCatalog.LatestVersion, await upgraded.SchemaVersionAsync());
        Assert.Single(await QueryAsync<string>("SELECT name FROM sqlite_master WHERE name = 'article_versions_published'"));
        Assert.Equal(1, await upgraded.CountAsync());
    }

    [Fact]
    public async Task A_store_from_a_newer_build_is_refused_with_a_clear_error()
    {
        await using (await ArticleStore.OpenAsync(db.FilePath))
        {
        }

        await ExecuteAsync($"INSERT INTO schema_migrations VALUES ({MigrationCatalog.LatestVersion + 7}, 'future', '2030-01-01T00:00:00Z')");

        var error = await Assert.ThrowsAsync<StoreException>(() => ArticleStore.OpenAsync(db.FilePath));
        Assert.Contains($"schema version {MigrationCatalog.LatestVersion + 7}", error.Message);
        Assert.Contains("newer", error.Message);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_naming_the_file()
    {
        await File.WriteAllTextAsync(db.FilePath, "this is a text file, not SQLite, and it is long enough to have a header page");

        var error = await Assert.ThrowsAsync<StoreException>(() => ArticleStore.OpenAsync(db.FilePath));
        Assert.Contains(db.FilePath, error.Message);
    }

    [Fact]
    public async Task The_store_runs_in_wal_mode()
    {
        await using var store = await ArticleStore.OpenAsync(db.FilePath);
        Assert.Equal(["wal"], await QueryAsync<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public void Migrations_are_numbered_without_gaps()
    {
        Assert.Equal(Enumerable.Range(1, MigrationCatalog.All.Length), MigrationCatalog.All.Select(m => m.Version));
    }

    private async Task<List<T>> QueryAsync<T>(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={db.FilePath};Pooling=False");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={db.FilePath};Pooling=False");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

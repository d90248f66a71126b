using System.Globalization;
using Microsoft.Data.Sqlite;
using Storyline.Core.Pipeline;
using Storyline.Store.Stories;

namespace Storyline.Store.Tests.Stories;

public sealed class StoryRefresherTests : IDisposable
{
    private static readonly DateTimeOffset January = new(2026, 1, 10, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase db = new();
    private readonly DocumentPipeline pipeline = StandardPipeline.Create();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        db.Dispose();
    }

    [Fact]
    public async Task New_articles_join_their_story_which_keeps_its_id_and_retired_stories_are_not_replayed()
    {
        await using var store = await ArticleStore.OpenAsync(db.FilePath);
        var refresher = new StoryRefresher(store, pipeline);
        await SaveAsync(store, "ferry", 0, January);
        await SaveAsync(store, "ferry", 1, January.AddHours(5));
        var first = await refresher.RefreshAsync();
        var ferry = Assert.Single(first.ChangedStoryIds);

        await SaveAsync(store, "ferry", 2, January.AddDays(1));
        var second = await refresher.RefreshAsync();

        Assert.Equal(ferry, Assert.Single(second.ChangedStoryIds));
        Assert.Equal(3, second.Replayed);
        Assert.Equal(1, second.BuiltBriefings);

        // A bridge story beside it: the ferry story is replayed, unchanged, and keeps every member.
        await SaveAsync(store, "bridge", 10, January.AddDays(2));
        var beside = await refresher.RefreshAsync();
        Assert.DoesNotContain(ferry, beside.ChangedStoryIds);
        Assert.Equal(4, beside.Replayed);
        Assert.Equal(3, await ScalarAsync($"SELECT COUNT(*) FROM story_articles WHERE story_id = '{ferry}'"));

        // Three months later both stories are retired: a new story's refresh reads only the new article.
        await SaveAsync(store, "bridge", 0, January.AddDays(90));
        var third = await refresher.RefreshAsync();
        Assert.Equal(1, third.Replayed);
        Assert.DoesNotContain(ferry, third.ChangedStoryIds);
        Assert.Single(third.ChangedStoryIds);
        Assert.Equal(3, await ScalarAsync("SELECT COUNT(*) FROM stories WHERE briefing_json IS NOT NULL"));
        Assert.Equal(5, await ScalarAsync("SELECT COUNT(*) FROM story_articles"));
        Assert.Equal(0, await ScalarAsync("SELECT COUNT(*) FROM story_pending"));
    }

    [Fact]
    public async Task Ingesting_in_batches_gives_the_same_stories_as_all_at_once()
    {
        var batched = await StoriesAsync(db.FilePath, batches: 3);
        using var other = new TempDatabase();
        var whole = await StoriesAsync(other.FilePath, batches: 1);
        SqliteConnection.ClearAllPools();

        Assert.Equal(whole, batched);
        Assert.Equal(2, whole.Select(s => s.Story).Distinct().Count());
    }

    [Fact]
    public async Task A_refresh_killed_before_its_briefings_is_finished_by_the_next_without_duplicates()
    {
        await using var store = await ArticleStore.OpenAsync(db.FilePath);
        var refresher = new StoryRefresher(store, pipeline);
        for (var i = 0; i < 3; i++)
        {
            await SaveAsync(store, "ferry", i, January.AddHours(i));
        }

        await refresher.RefreshAsync();
        var stories = await ScalarAsync("SELECT COUNT(*) FROM stories");

        // As a kill between the placement and the briefing writes leaves it: memberships placed, briefings stale.
        await ExecuteAsync("UPDATE stories SET stale = 1, briefing_json = NULL");
        var resumed = await refresher.RefreshAsync();
        var again = await refresher.RefreshAsync();

        Assert.Equal(stories, resumed.BuiltBriefings);
        Assert.Equal(StoryRefreshResult.Nothing, again);
        Assert.Equal(stories, await ScalarAsync("SELECT COUNT(*) FROM stories WHERE briefing_json IS NOT NULL AND stale = 0"));
        Assert.Equal(3, await ScalarAsync("SELECT COUNT(*) FROM story_articles"));
    }

    [Fact]
    public async Task A_changed_text_is_placed_again_under_its_new_version()
    {
        await using var store = await ArticleStore.OpenAsync(db.FilePath);
        var refresher = new StoryRefresher(store, pipeline);
        await SaveAsync(store, "ferry", 0, January);
        await SaveAsync(store, "ferry", 1, January.AddHours(1));
        var story = Assert.Single((await refresher.RefreshAsync()).ChangedStoryIds);

        await SaveAsync(store, "ferry", 1, January.AddHours(1), edition: " Updated at noon with the harbour master's account.");
        var refresh = await refresher.RefreshAsync();

        Assert.Equal(story, Assert.Single(refresh.ChangedStoryIds));
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM story_articles WHERE version = 2"));
        Assert.Equal(2, await ScalarAsync("SELECT COUNT(*) FROM story_articles"));
    }

    private async Task<List<(long Article, string Story)>> StoriesAsync(string path, int batches)
    {
        await using var store = await ArticleStore.OpenAsync(path);
        var refresher = new StoryRefresher(store, pipeline);
        var articles = Enumerable.Range(0, 6).Select(i => (Theme: i % 2 == 0 ? "ferry" : "bridge", Index: i / 2, Published: January.AddHours(i))).ToList();
        foreach (var batch in articles.Chunk((articles.Count + batches - 1) / batches))
        {
            foreach (var (theme, index, published) in batch)
            {
                await SaveAsync(store, theme, index, published);
            }

            await refresher.RefreshAsync();
        }

        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT article_id, story_id FROM story_articles ORDER BY article_id";
        var rows = new List<(long, string)>();
        using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        return rows;
    }

    private async Task SaveAsync(ArticleStore store, string theme, int index, DateTimeOffset published, string edition = "")
    {
        var body = theme == "ferry"
            ? $"Report {index}: the Lanmere ferry ran aground on the sandbank off Kestle Point in a storm, and the harbour master said "
              + "forty passengers were taken off by lifeboat crews from Kestle and Lanmere. The ferry company said divers would inspect the hull "
              + $"and that the Lanmere crossing would stay closed while the coastguard investigated the grounding.{edition}"
            : $"Report {index}: the old Vardon bridge over the river Alde was closed to lorries after engineers found cracks in two arches, "
              + "the county roads office said. Traders in Vardon market said the detour through Ostby added an hour to deliveries, "
              + $"and the council said repairs to the bridge would begin in the spring.{edition}";
        var document = Articles.Make(
            canonicalUrl: string.Create(CultureInfo.InvariantCulture, $"https://tidewater-post.test/{theme}/{index}"), body: body, published: published);
        await store.SaveAsync(pipeline.Run(document), origin: null);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={db.FilePath}");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={db.FilePath}");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

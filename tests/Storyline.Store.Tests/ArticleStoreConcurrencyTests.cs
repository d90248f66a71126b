namespace Storyline.Store.Tests;

public sealed class ArticleStoreConcurrencyTests : IDisposable
{
    private readonly TempDatabase db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public async Task Two_stores_on_one_file_write_at_once_without_losing_or_doubling_articles()
    {
        var opening = await Task.WhenAll(ArticleStore.OpenAsync(db.FilePath), ArticleStore.OpenAsync(db.FilePath));
        await using var first = opening[0];
        await using var second = opening[1];

        // Both writers save the same 60 articles: each must end up stored exactly once.
        var docs = Enumerable.Range(0, 60)
            .Select(i => Articles.Make(canonicalUrl: $"https://valley-courier.test/{i}", body: $"Report number {i}."))
            .ToList();
        var results = await Task.WhenAll(
            Task.Run(async () => await SaveAllAsync(first, docs)),
            Task.Run(async () => await SaveAllAsync(second, docs.AsEnumerable().Reverse().ToList())));

        var outcomes = results.SelectMany(r => r).ToList();
        Assert.Equal(60, outcomes.Count(r => r.Outcome == SaveOutcome.New));
        Assert.Equal(60, outcomes.Count(r => r.Outcome == SaveOutcome.Duplicate));
        Assert.Equal(60, await first.CountAsync());
        Assert.Equal(60, await second.CountAsync());
    }

    [Fact]
    public async Task One_store_shared_by_many_tasks_serialises_its_work()
    {
        await using var store = await ArticleStore.OpenAsync(db.FilePath);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(async () =>
        {
            for (var i = 0; i < 20; i++)
            {
                await store.SaveAsync(Articles.Make(canonicalUrl: $"https://news.test/{t}/{i}"), null);
                await store.ListAsync(limit: 5);
            }
        })));

        Assert.Equal(160, await store.CountAsync());
    }

    private static async Task<List<SaveResult>> SaveAllAsync(ArticleStore store, IReadOnlyList<Core.Model.Document> docs)
    {
        var results = new List<SaveResult>();
        foreach (var doc in docs)
        {
            results.Add(await store.SaveAsync(doc, null));
        }

        return results;
    }
}

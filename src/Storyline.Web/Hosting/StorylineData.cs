using Storyline.Core.Pipeline;
using Storyline.Store;
using Storyline.Store.Search;
using Storyline.Store.Stories;

namespace Storyline.Web.Hosting;

/// <summary>
/// The store and the services over it that requests share: the writer (opened once, migrating the
/// schema), the pooled readers (stories, search), the language pipeline and the story refresher.
/// Writes (ingest, index rebuild) take <see cref="WriteGate"/> so they run one at a time.
/// </summary>
public sealed class StorylineData : IAsyncDisposable
{
    private readonly Lazy<Task<ArticleStore>> store;
    private readonly Lazy<DocumentPipeline> pipeline = new(() => StandardPipeline.Create());
    private readonly Lazy<Task<StoryRefresher>> refresher;

    public StorylineData(WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        store = new(() => ArticleStore.OpenAsync(options.DatabasePath));
        refresher = new(async () => new StoryRefresher(await store.Value, pipeline.Value));
        Catalog = new StoryCatalog(options.DatabasePath);
        Search = new ArticleSearch(options.DatabasePath);
    }

    public WebOptions Options { get; }

    public StoryCatalog Catalog { get; }

    public ArticleSearch Search { get; }

    public DocumentPipeline Pipeline => pipeline.Value;

    public SemaphoreSlim WriteGate { get; } = new(1, 1);

    /// <summary>The store, opened (and its schema brought up to date) on first use; readers await this before their first query.</summary>
    public Task<ArticleStore> StoreAsync() => store.Value;

    public Task<StoryRefresher> RefresherAsync() => refresher.Value;

    public async ValueTask DisposeAsync()
    {
        if (store.IsValueCreated && store.Value.IsCompletedSuccessfully)
        {
            await store.Value.Result.DisposeAsync();
        }

        WriteGate.Dispose();
    }
}

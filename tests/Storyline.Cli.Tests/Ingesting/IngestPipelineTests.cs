using Storyline.Core.Extraction;
using Storyline.Core.Model;
using Storyline.Ingest;
using Storyline.Ingest.Pipeline;
using Storyline.Store;

namespace Storyline.Cli.Tests.Ingesting;

public sealed class IngestPipelineTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Reports_in_input_order_while_extracting_in_parallel()
    {
        var pages = CorpusWriter.WritePages(temp.PathOf("in"), 40);
        var extractor = new SlowExtractor(new ArticleExtractor(), explodeOn: null);
        await using var store = await ArticleStore.OpenAsync(temp.PathOf("store.db"));
        var reported = new List<string>();

        var tally = await new IngestPipeline(Reader(), extractor, store, parallelism: 4)
            .RunAsync(pages, null, outcome => reported.Add(outcome.Origin), CancellationToken.None);

        Assert.Equal(pages, reported);
        Assert.Equal(40, tally.New);
        Assert.True(extractor.MaxConcurrent > 1, "extraction never overlapped");
        Assert.True(extractor.MaxConcurrent <= 4, $"{extractor.MaxConcurrent} extractions ran at once on 4 workers");
    }

    [Fact]
    public async Task An_extractor_exception_fails_that_item_only()
    {
        var pages = CorpusWriter.WritePages(temp.PathOf("in"), 6);
        var extractor = new SlowExtractor(new ArticleExtractor(), explodeOn: pages[2]);
        await using var store = await ArticleStore.OpenAsync(temp.PathOf("store.db"));
        var outcomes = new List<ItemOutcome>();

        var tally = await new IngestPipeline(Reader(), extractor, store, parallelism: 2)
            .RunAsync(pages, null, outcomes.Add, CancellationToken.None);

        Assert.Equal(5, tally.New);
        var failure = Assert.IsType<FailedIngestItem>(outcomes[2]);
        Assert.Equal(pages[2], failure.Origin);
        Assert.Contains("pathological page", failure.Problem);
        Assert.Equal(5, await store.CountAsync());
    }

    [Fact]
    public async Task Deep_recursion_in_an_extractor_does_not_crash_the_batch()
    {
        var pages = CorpusWriter.WritePages(temp.PathOf("in"), 2);
        await using var store = await ArticleStore.OpenAsync(temp.PathOf("store.db"));

        // 200,000 frames overflow a default 1.5 MB thread stack; the extraction workers have far more.
        var tally = await new IngestPipeline(Reader(), new RecursingExtractor(200_000), store, parallelism: 1)
            .RunAsync(pages, null, _ => { }, CancellationToken.None);

        Assert.Equal(2, tally.New);
    }

    [Fact]
    public async Task Cancelling_stops_the_batch_and_keeps_what_was_reported()
    {
        var pages = CorpusWriter.WritePages(temp.PathOf("in"), 30);
        await using var store = await ArticleStore.OpenAsync(temp.PathOf("store.db"));
        using var cancel = new CancellationTokenSource();
        var reported = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new IngestPipeline(Reader(), new SlowExtractor(new ArticleExtractor(), null), store, parallelism: 2)
                .RunAsync(pages, null, _ =>
                {
                    if (++reported == 5)
                    {
                        cancel.Cancel();
                    }
                }, cancel.Token));

        Assert.Equal(5, await store.CountAsync());
    }

    private static InputReader Reader() => new(new IngestOptions());

    private sealed class SlowExtractor(IArticleExtractor inner, string? explodeOn) : IArticleExtractor
    {
        private int current;
        private int max;

        public int MaxConcurrent => Volatile.Read(ref max);

        public Document Extract(SourceDocument source)
        {
            var now = Interlocked.Increment(ref current);
            InterlockedMax(now);
            try
            {
                // Uneven durations, so items finish out of order and any reordering in the output would show.
                Thread.Sleep(20 - (Math.Abs(source.Url?.GetHashCode() ?? 0) % 15));
                if (explodeOn is not null && source.Url == new Uri(Path.GetFullPath(explodeOn)).AbsoluteUri)
                {
                    throw new InvalidOperationException("pathological page");
                }

                return inner.Extract(source);
            }
            finally
            {
                Interlocked.Decrement(ref current);
            }
        }

        private void InterlockedMax(int value)
        {
            int seen;
            while (value > (seen = Volatile.Read(ref max)) && Interlocked.CompareExchange(ref max, value, seen) != seen)
            {
            }
        }
    }

    private sealed class RecursingExtractor(int depth) : IArticleExtractor
    {
        public Document Extract(SourceDocument source) =>
            new(Descend(depth) + " " + source.Url, ArticleMetadata.Empty with { Url = source.Url });

        private static string Descend(int remaining)
        {
            // Enough locals per frame that the recursion needs real stack.
            Span<long> frame = stackalloc long[8];
            frame[remaining % 8] = remaining;
            return remaining == 0 ? "deep" : Descend(remaining - 1) + (frame[remaining % 8] == -1 ? "!" : string.Empty);
        }
    }
}

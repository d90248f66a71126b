using Storyline.Core.Extraction;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;
using Storyline.Ingest;
using Storyline.Ingest.Pipeline;
using Storyline.Store;

namespace Storyline.Cli.Tests.Ingesting;

public sealed class IngestAnnotationTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Ingest_stores_each_article_with_its_linked_mentions_and_a_rerun_adds_none()
    {
        var folder = temp.PathOf("in");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "a.html"), Page(
            "https://tidewater-post.test/a",
            "President Lena Marsh visited the United Nations on Monday. Marsh said the UN would send boats to Port Aldane."));
        await File.WriteAllTextAsync(Path.Combine(folder, "b.html"), Page(
            "https://valley-courier.test/b",
            "The United Nations thanked President Lena Marsh. Officials in Geneva said Marsh had asked for help."));
        await using var store = await ArticleStore.OpenAsync(temp.PathOf("store.db"));

        var first = await Run(store, folder);
        var mentionsAfterFirst = await store.MentionsAsync(1);
        var second = await Run(store, folder);

        Assert.Equal((2, 0), (first.New, first.Failed));
        Assert.Equal(2, second.Duplicate);
        Assert.Contains(mentionsAfterFirst, m => m.Text == "Marsh" && m.CanonicalKey == "per:lena marsh");
        Assert.Contains(mentionsAfterFirst, m => m.Text == "UN" && m.CanonicalKey == "org:united nations");
        var marsh = await store.GetEntityAsync("per:lena marsh");
        Assert.NotNull(marsh);
        Assert.Equal(2, marsh.Articles);
        Assert.Equal(mentionsAfterFirst, await store.MentionsAsync(1));
    }

    [Fact]
    public async Task An_annotator_exception_fails_that_item_with_the_reason()
    {
        var pages = CorpusWriter.WritePages(temp.PathOf("in"), 3);
        await using var store = await ArticleStore.OpenAsync(temp.PathOf("store.db"));
        var outcomes = new List<ItemOutcome>();
        var exploding = new PipelineBuilder().Add(new ExplodingStage()).Build();

        var tally = await new IngestPipeline(new InputReader(new IngestOptions()), new ArticleExtractor(), store, 2, exploding)
            .RunAsync(pages, null, outcomes.Add, CancellationToken.None);

        Assert.Equal(3, tally.Failed);
        Assert.All(outcomes, o => Assert.Contains("annotation failed (InvalidOperationException): stage broke", ((FailedIngestItem)o).Problem));
    }

    private static Task<IngestTally> Run(ArticleStore store, string folder) =>
        new IngestPipeline(new InputReader(new IngestOptions()), new ArticleExtractor(), store, parallelism: 2, StandardPipeline.Create())
            .RunAsync([folder], null, _ => { }, CancellationToken.None);

    private static string Page(string url, string body) => $"""
        <!doctype html>
        <html lang="en"><head><title>Boats for Port Aldane</title><link rel="canonical" href="{url}"></head>
        <body><article><h1>Boats for Port Aldane</h1><p>{body}</p><p>{body}</p></article></body></html>
        """;

    private sealed class ExplodingStage : IStage
    {
        public string Name => "exploding";

        public IReadOnlyList<ILayerKey> Reads => [];

        public IReadOnlyList<ILayerKey> Adds => [Layers.Tokens];

        public Document Run(Document document) => throw new InvalidOperationException("stage broke");
    }
}

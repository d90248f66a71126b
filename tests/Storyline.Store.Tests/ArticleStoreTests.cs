using CsCheck;
using Storyline.Core.Extraction;
using Storyline.Core.Model;

namespace Storyline.Store.Tests;

public sealed class ArticleStoreTests : IDisposable
{
    private readonly TempDatabase db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public async Task Saving_new_then_same_then_changed_text_gives_new_duplicate_updated()
    {
        await using var store = await ArticleStore.OpenAsync(db.FilePath);
        var first = Articles.Make(body: "Ferry crews walked out at dawn.");
        var respaced = Articles.Make(body: "Ferry  crews walked\nout at DAWN.");
        var changed = Articles.Make(body: "Ferry crews walked out at dawn.\n\nTalks resume on Monday.");

        var saved = await store.SaveAsync(first, "a.html");
        var again = await store.SaveAsync(respaced, "b.html");
        var updated = await store.SaveAsync(changed, "c.html");
        var backToFirst = await store.SaveAsync(first, "a.html");

        Assert.Equal(new SaveResult(SaveOutcome.New, saved.ArticleId, 1), saved);
        Assert.Equal(new SaveResult(SaveOutcome.Duplicate, saved.ArticleId, 1), again);
        Assert.Equal(new SaveResult(SaveOutcome.Updated, saved.ArticleId, 2), updated);
        Assert.Equal(new SaveResult(SaveOutcome.Duplicate, saved.ArticleId, 1), backToFirst);
        Assert.Equal(1, await store.CountAsync());

        var v1 = await store.GetAsync(saved.ArticleId, 1);
        var v2 = await store.GetAsync(saved.ArticleId, 2);
        var latest = await store.GetAsync(saved.ArticleId);
        Assert.Equal(first.Text, v1!.Document.Text);
        Assert.Equal(changed.Text, v2!.Document.Text);
        Assert.Equal(2, latest!.Version);
        Assert.Equal(2, v1.LatestVersion);
        Assert.Equal("a.html", v1.Origin);
        Assert.Equal("c.html", v2.Origin);
    }

    [Fact]
    public async Task Every_field_round_trips_including_offsets_and_paragraph_spans()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 3, 15, 12, 0, 0, TimeSpan.Zero));
        await using var store = await ArticleStore.OpenAsync(db.FilePath, clock);
        var document = Articles.Make(body: "Strike called\n\nFerry crews walked out at dawn — “no sailings”.\n\nTalks resume Monday.");

        var saved = await store.SaveAsync(document, "/inbox/ferry.html");
        var stored = await store.GetAsync(saved.ArticleId);

        Assert.NotNull(stored);
        Assert.Equal(document.Text, stored.Document.Text);
        AssertSameMetadata(document.Metadata, stored.Document.Metadata);
        Assert.Equal(TimeSpan.FromHours(1), stored.Document.Metadata.Published!.Value.Offset);
        Assert.Equal(TimeSpan.FromHours(-4.5), stored.Document.Metadata.Updated!.Value.Offset);
        Assert.Equal(Articles.ParagraphsOf(document).ToArray(), Articles.ParagraphsOf(stored.Document).ToArray());
        Assert.Equal("extractor", stored.Document.Layers.Single().Producer);
        Assert.Equal(ContentHash.Of(document.Text), stored.ContentHash);
        Assert.Equal(clock.GetUtcNow(), stored.IngestedAt);
        Assert.Equal("/inbox/ferry.html", stored.Origin);
        Assert.Equal((saved.ArticleId, 1, 1), (stored.Id, stored.Version, stored.LatestVersion));
    }

    [Fact]
    public async Task Arbitrary_metadata_round_trips()
    {
        await using var store = await ArticleStore.OpenAsync(db.FilePath);
        var text = Gen.String[0, 200];
        var optional = Gen.String[0, 40].Null();
        var time = Gen.Select(Gen.Long[0, 3_000_000_000_000_000], Gen.Int[-14 * 60, 14 * 60])
            .Select((ticks, minutes) => new DateTimeOffset(new DateTime(DateTime.UnixEpoch.Ticks + ticks), TimeSpan.FromMinutes(minutes)));
        var gen = Gen.Select(text, optional, optional, Gen.String[0, 20].Array[0, 4], time.Nullable(), optional, Gen.String[0, 20].Array[0, 3])
            .Select((body, url, outlet, authors, published, standfirst, captions) => new Document(body, ArticleMetadata.Empty with
            {
                Url = url,
                CanonicalUrl = url,
                Outlet = outlet,
                Title = outlet,
                Authors = [.. authors],
                Published = published,
                Updated = published,
                Standfirst = standfirst,
                Captions = [.. captions],
            }));

        await gen.SampleAsync(
            async document =>
            {
                var saved = await store.SaveAsync(document, null);
                var stored = await store.GetAsync(saved.ArticleId, saved.Version);
                Assert.Equal(document.Text, stored!.Document.Text);
                AssertSameMetadata(document.Metadata, stored.Document.Metadata);
            },
            iter: 300);
    }

    [Fact]
    public async Task Text_without_any_url_is_keyed_by_its_content()
    {
        await using var store = await ArticleStore.OpenAsync(db.FilePath);
        var pasted = Articles.Make(canonicalUrl: null, body: "Pasted from a newsletter.");

        var first = await store.SaveAsync(pasted, "stdin");
        var second = await store.SaveAsync(pasted, "stdin");
        var other = await store.SaveAsync(Articles.Make(canonicalUrl: null, body: "Another pasted text."), "stdin");

        Assert.Equal(SaveOutcome.New, first.Outcome);
        Assert.Equal(SaveOutcome.Duplicate, second.Outcome);
        Assert.Equal(SaveOutcome.New, other.Outcome);
        Assert.NotEqual(first.ArticleId, other.ArticleId);
    }

    [Fact]
    public async Task Canonical_url_wins_over_the_url_read_from_and_ignores_fragments()
    {
        await using var store = await ArticleStore.OpenAsync(db.FilePath);
        var fromFeed = Articles.Make(canonicalUrl: "https://Harbour-Gazette.test/news/ferry#top", url: "https://harbour-gazette.test/amp/ferry");
        var fromSite = Articles.Make(canonicalUrl: "https://harbour-gazette.test/news/ferry", url: "https://harbour-gazette.test/news/ferry?utm=x");

        var first = await store.SaveAsync(fromFeed, "feed");
        var second = await store.SaveAsync(fromSite, "site");

        Assert.Equal(SaveOutcome.Duplicate, second.Outcome);
        Assert.Equal(first.ArticleId, second.ArticleId);
    }

    [Fact]
    public async Task List_is_newest_published_first_with_undated_last_and_filters_and_pages()
    {
        await using var store = await ArticleStore.OpenAsync(db.FilePath);
        var baseTime = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
        var early = await store.SaveAsync(Doc("early", "Harbour Gazette", baseTime), null);
        var late = await store.SaveAsync(Doc("late", "Valley Courier", baseTime.AddDays(2)), null);
        // Same instant written in another offset: ordering must use UTC, not the text.
        var middle = await store.SaveAsync(Doc("middle", "harbour gazette", new DateTimeOffset(2026, 5, 2, 23, 0, 0, TimeSpan.FromHours(9))), null);
        var undated = await store.SaveAsync(Doc("undated", "Harbour Gazette", null), null);

        var all = await store.ListAsync(limit: 10);
        Assert.Equal([late.ArticleId, middle.ArticleId, early.ArticleId, undated.ArticleId], all.Select(a => a.Id));

        var harbour = await store.ListAsync(limit: 10, outlet: "HARBOUR GAZETTE");
        Assert.Equal([middle.ArticleId, early.ArticleId, undated.ArticleId], harbour.Select(a => a.Id));
        Assert.Equal(3, await store.CountAsync(outlet: "Harbour Gazette"));

        var recent = await store.ListAsync(limit: 10, since: baseTime.AddHours(1));
        Assert.Equal([late.ArticleId, middle.ArticleId], recent.Select(a => a.Id));
        Assert.Equal(2, await store.CountAsync(since: baseTime.AddHours(1)));

        var page = await store.ListAsync(limit: 2, offset: 1);
        Assert.Equal([middle.ArticleId, early.ArticleId], page.Select(a => a.Id));
        Assert.Equal(4, await store.CountAsync());
    }

    [Fact]
    public async Task List_shows_the_latest_version_of_each_article_once()
    {
        await using var store = await ArticleStore.OpenAsync(db.FilePath);
        await store.SaveAsync(Articles.Make(body: "First draft."), null);
        var updated = await store.SaveAsync(Articles.Make(body: "Second draft."), null);

        var listed = Assert.Single(await store.ListAsync(limit: 10));
        Assert.Equal((updated.ArticleId, 2, "Second draft."), (listed.Id, listed.Version, listed.Document.Text));
    }

    [Fact]
    public async Task Unknown_ids_and_versions_are_null()
    {
        await using var store = await ArticleStore.OpenAsync(db.FilePath);
        var saved = await store.SaveAsync(Articles.Make(), null);

        Assert.Null(await store.GetAsync(saved.ArticleId + 1));
        Assert.Null(await store.GetAsync(saved.ArticleId, 2));
    }

    [Fact]
    public async Task A_document_without_a_paragraph_layer_comes_back_without_one()
    {
        await using var store = await ArticleStore.OpenAsync(db.FilePath);
        var saved = await store.SaveAsync(new Document("Bare text.", ArticleMetadata.Empty), null);

        var stored = await store.GetAsync(saved.ArticleId);
        Assert.False(stored!.Document.Has(Layers.Paragraphs));
        Assert.Empty(stored.Document.Metadata.Authors);
        Assert.Empty(stored.Document.Metadata.Captions);
    }

    private static Document Doc(string slug, string outlet, DateTimeOffset? published) =>
        Articles.Make(canonicalUrl: $"https://news.test/{slug}", body: $"Body of {slug}.", outlet: outlet, published: published);

    private static void AssertSameMetadata(ArticleMetadata expected, ArticleMetadata actual)
    {
        Assert.Equal(expected.Url, actual.Url);
        Assert.Equal(expected.CanonicalUrl, actual.CanonicalUrl);
        Assert.Equal(expected.Outlet, actual.Outlet);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Authors.IsDefault ? [] : expected.Authors.ToArray(), actual.Authors.ToArray());
        Assert.Equal(expected.Published, actual.Published);
        Assert.Equal(expected.Published?.Offset, actual.Published?.Offset);
        Assert.Equal(expected.Updated, actual.Updated);
        Assert.Equal(expected.Updated?.Offset, actual.Updated?.Offset);
        Assert.Equal(expected.PublishedSource, actual.PublishedSource);
        Assert.Equal(expected.Language, actual.Language);
        Assert.Equal(expected.Standfirst, actual.Standfirst);
        Assert.Equal(expected.Captions.IsDefault ? [] : expected.Captions.ToArray(), actual.Captions.ToArray());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

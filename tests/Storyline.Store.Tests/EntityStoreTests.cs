using Microsoft.Data.Sqlite;
using Storyline.Core.Model;

namespace Storyline.Store.Tests;

public sealed class EntityStoreTests : IDisposable
{
    private readonly TempDatabase db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public async Task The_same_canonical_key_in_two_articles_is_one_entity_counted_in_both()
    {
        await using var store = await ArticleStore.OpenAsync(db.FilePath);
        var first = Annotated("https://harbour-gazette.test/a", "Mira Okafor met Okafor's rivals at the UN.",
            ("Mira Okafor", EntityType.Person, "Mira Okafor"), ("Okafor", EntityType.Person, "Mira Okafor"), ("UN", EntityType.Organization, "United Nations"));
        var second = Annotated("https://valley-courier.test/b", "The United Nations thanked Mira Okafor.",
            ("United Nations", EntityType.Organization, "United Nations"), ("Mira Okafor", EntityType.Person, "Mira Okafor"));

        var a = await store.SaveAsync(first, "a.html");
        var b = await store.SaveAsync(second, "b.html");

        var entities = await store.ListEntitiesAsync(10);
        Assert.Equal(2, entities.Count);
        var okafor = Assert.Single(entities, e => e.CanonicalKey == "per:mira okafor");
        Assert.Equal((EntityType.Person, "Mira Okafor", 3, 2), (okafor.Type, okafor.Name, okafor.Mentions, okafor.Articles));
        var un = await store.GetEntityAsync("org:united nations");
        Assert.Equal((2, 2), (un!.Mentions, un.Articles));
        Assert.Equal(
            new[] { a.ArticleId, b.ArticleId }.Order(),
            (await store.ArticlesForEntityAsync(un.Id)).Select(x => x.ArticleId).Order());
        Assert.Single(await store.ListEntitiesAsync(10, type: EntityType.Organization));
        Assert.Null(await store.GetEntityAsync("per:nobody"));
    }

    [Fact]
    public async Task Mentions_round_trip_with_offsets_and_the_entity_they_name()
    {
        await using var store = await ArticleStore.OpenAsync(db.FilePath);
        var document = Annotated("https://harbour-gazette.test/a", "Tomas Lind said Lind would stay.",
            ("Tomas Lind", EntityType.Person, "Tomas Lind"), ("Lind", EntityType.Person, "Tomas Lind"));

        var saved = await store.SaveAsync(document, "a.html");
        var mentions = await store.MentionsAsync(saved.ArticleId);

        Assert.Equal(
            document.Get(Layers.EntityMentions).Select(m => (m.Range.Start, m.Range.End, m.Text, m.CanonicalKey)),
            mentions.Select(m => (m.Start, m.End, m.Text, m.CanonicalKey)));
        Assert.All(mentions, m => Assert.Equal(mentions[0].EntityId, m.EntityId));
        Assert.All(mentions, m => Assert.Equal(m.Text, document.Text[m.Start..m.End]));
    }

    [Fact]
    public async Task Saving_the_same_annotated_article_again_adds_no_rows()
    {
        await using var store = await ArticleStore.OpenAsync(db.FilePath);
        var document = Annotated("https://harbour-gazette.test/a", "Mira Okafor met the UN.",
            ("Mira Okafor", EntityType.Person, "Mira Okafor"), ("UN", EntityType.Organization, "United Nations"));

        await store.SaveAsync(document, "a.html");
        var again = await store.SaveAsync(document, "a.html");

        Assert.Equal(SaveOutcome.Duplicate, again.Outcome);
        Assert.Equal(2L, await ScalarAsync("SELECT COUNT(*) FROM entity_mentions"));
        Assert.Equal(2L, await ScalarAsync("SELECT COUNT(*) FROM entities"));
    }

    [Fact]
    public async Task A_duplicate_of_an_article_stored_without_annotations_annotates_it_once()
    {
        await using var store = await ArticleStore.OpenAsync(db.FilePath);
        var annotated = Annotated("https://harbour-gazette.test/a", "Mira Okafor spoke.", ("Mira Okafor", EntityType.Person, "Mira Okafor"));
        var plain = new Document(annotated.Text, annotated.Metadata);

        await store.SaveAsync(plain, "a.html");
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM entity_mentions"));
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM article_versions WHERE annotated_at IS NULL"));

        await store.SaveAsync(annotated, "a.html");
        await store.SaveAsync(annotated, "a.html");

        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM entity_mentions"));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM article_versions WHERE annotated_at IS NULL"));
    }

    [Fact]
    public async Task Counts_follow_the_latest_version_of_a_changed_article()
    {
        await using var store = await ArticleStore.OpenAsync(db.FilePath);
        var url = "https://harbour-gazette.test/a";
        await store.SaveAsync(Annotated(url, "Mira Okafor spoke.", ("Mira Okafor", EntityType.Person, "Mira Okafor")), "a.html");
        var updated = await store.SaveAsync(Annotated(url, "Tomas Lind spoke instead.", ("Tomas Lind", EntityType.Person, "Tomas Lind")), "a.html");

        Assert.Equal(SaveOutcome.Updated, updated.Outcome);
        var entities = await store.ListEntitiesAsync(10);
        Assert.Equal(["per:tomas lind"], entities.Select(e => e.CanonicalKey));
        Assert.Equal("Mira Okafor", Assert.Single(await store.MentionsAsync(updated.ArticleId, version: 1)).Name);
    }

    [Fact]
    public async Task Saving_annotations_again_replaces_them_and_an_unknown_version_is_refused()
    {
        await using var store = await ArticleStore.OpenAsync(db.FilePath);
        var url = "https://harbour-gazette.test/a";
        var saved = await store.SaveAsync(Annotated(url, "Mira Okafor spoke.", ("Mira Okafor", EntityType.Person, "Mira Okafor")), "a.html");
        var relinked = Annotated(url, "Mira Okafor spoke.", ("Okafor", EntityType.Person, "Mira A. Okafor"));

        Assert.True(await store.SaveAnnotationsAsync(saved.ArticleId, 1, relinked));
        Assert.True(await store.SaveAnnotationsAsync(saved.ArticleId, 1, relinked));
        Assert.False(await store.SaveAnnotationsAsync(saved.ArticleId, 2, relinked));
        Assert.False(await store.SaveAnnotationsAsync(999, 1, relinked));

        var mention = Assert.Single(await store.MentionsAsync(saved.ArticleId));
        Assert.Equal(("Okafor", "per:mira a okafor"), (mention.Text, mention.CanonicalKey));
    }

    [Fact]
    public async Task Places_are_stored_once_by_geonames_id_with_their_mentions()
    {
        await using var store = await ArticleStore.OpenAsync(db.FilePath);
        var first = WithPlace(Articles.Make("https://harbour-gazette.test/a", "Boats left northern Lanmere at dawn."), "northern Lanmere", "northern");
        var second = WithPlace(Articles.Make("https://valley-courier.test/b", "Lanmere was calm."), "Lanmere", null);

        var a = await store.SaveAsync(first, "a.html");
        await store.SaveAsync(second, "b.html");

        var place = Assert.Single(await store.ListPlacesAsync(10));
        Assert.Equal((9_000_001L, "Lanmere", PlaceKind.City, "XL", 2, 2), (place.GeoNameId, place.Name, place.Kind, place.CountryCode, place.Mentions, place.Articles));
        Assert.Equal(-12.5, place.Latitude);
        Assert.Equal(2, (await store.ArticlesForPlaceAsync(place.GeoNameId)).Count);
        Assert.Equal("northern", await ScalarAsync($"SELECT qualifier FROM place_mentions WHERE article_id = {a.ArticleId}"));
    }

    [Fact]
    public async Task A_store_from_before_entities_upgrades_and_keeps_its_articles_unannotated()
    {
        await using (var old = await ArticleStore.OpenAsync(db.FilePath, TimeProvider.System, schemaVersion: 2, CancellationToken.None))
        {
            await old.SaveAsync(Articles.Make(), "old.html");
        }

        await using var upgraded = await ArticleStore.OpenAsync(db.FilePath);
        Assert.Equal(1, await upgraded.CountAsync());
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM article_versions WHERE annotated_at IS NULL"));
        Assert.Empty(await upgraded.ListEntitiesAsync(10));
    }

    private static Document Annotated(string url, string body, params (string Text, EntityType Type, string Canonical)[] mentions)
    {
        var document = Articles.Make(canonicalUrl: url, body: body);
        var items = new List<EntityMention>();
        var from = 0;
        foreach (var (text, type, canonical) in mentions)
        {
            var start = body.IndexOf(text, from, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{text}' is not in the body after offset {from}");
            items.Add(new EntityMention(new TextRange(start, start + text.Length), type, text, canonical,
                Core.Language.Entities.Linking.CanonicalKey.For(type, canonical)));
            from = start + text.Length;
        }

        return document.With(Layers.EntityMentions, items, "test");
    }

    private static Document WithPlace(Document document, string text, string? qualifier)
    {
        var start = document.Text.IndexOf(text, StringComparison.Ordinal);
        var place = new Place(new TextRange(start, start + text.Length), text, "Lanmere", qualifier, PlaceKind.City, 9_000_001, "XL", "Xland", "Coast", -12.5, 44.25);
        return document.With(Layers.Places, [place], "test");
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={db.FilePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}

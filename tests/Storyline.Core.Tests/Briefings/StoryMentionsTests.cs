using Storyline.Core.Briefings;
using Storyline.Core.Model;
using Storyline.Core.Reconciliation;
using Storyline.Core.Pipeline;

namespace Storyline.Core.Tests.Briefings;

public sealed class StoryMentionsTests
{
    private static readonly DocumentPipeline Pipeline = StandardPipeline.Create();

    private static StoryArticle Article(string id, string text) =>
        new(id, Pipeline.Run(new Document(text, ArticleMetadata.Empty with { Published = new DateTimeOffset(2026, 3, 12, 12, 0, 0, TimeSpan.Zero) })));

    [Fact]
    public void Entities_named_in_more_articles_rank_first_under_their_fullest_name()
    {
        var articles = new[]
        {
            Article("a1", "Prime Minister Halima Osei visited Nairobi on Tuesday. Osei met aid workers from the Red Cross."),
            Article("a2", "Halima Osei said the government would rebuild the bridge in Nairobi."),
            Article("a3", "The Red Cross said 300 families needed shelter in Nairobi."),
        };

        var entities = StoryMentions.Entities(articles);

        var nairobi = entities.FirstOrDefault(e => e.Name == "Nairobi");
        Assert.NotNull(nairobi);
        Assert.Equal(3, nairobi.ArticleIds.Length);
        var osei = Assert.Single(entities, e => e.Key.Contains("osei", StringComparison.Ordinal));
        Assert.Equal("Halima Osei", osei.Name);
        Assert.Equal(["a1", "a2"], osei.ArticleIds.ToArray());
        Assert.True(osei.Mentions >= 3);
        Assert.Equal(entities.OrderByDescending(e => e.ArticleIds.Length).Select(e => e.Key), entities.Select(e => e.Key));
    }

    [Fact]
    public void Places_carry_coordinates_and_the_articles_that_name_them()
    {
        var articles = new[]
        {
            Article("a1", "Floods hit Mombasa, Kenya, on Tuesday."),
            Article("a2", "Rescuers reached Mombasa on Wednesday."),
        };

        var mombasa = Assert.Single(StoryMentions.Places(articles), p => p.Name == "Mombasa");
        Assert.Equal("KE", mombasa.CountryCode);
        Assert.InRange(mombasa.Latitude, -4.2, -3.9);
        Assert.InRange(mombasa.Longitude, 39.5, 39.8);
        Assert.Equal(["a1", "a2"], mombasa.ArticleIds.ToArray());
    }

    [Fact]
    public void A_story_without_annotations_has_no_entities_or_places()
    {
        var bare = new StoryArticle("a1", new Document("plain", ArticleMetadata.Empty));
        Assert.Empty(StoryMentions.Entities([bare]));
        Assert.Empty(StoryMentions.Places([bare]));
    }
}

using Storyline.Core.Model;
using Storyline.Core.Pipeline;

namespace Storyline.Core.Tests.Language.Entities.Linking;

public sealed class EntityLinkStageTests
{
    [Fact]
    public void The_standard_pipeline_links_the_tagger_s_entities()
    {
        var document = StandardPipeline.Create().Run(new Document(
            "President Emmanuel Macron met aides of the United Nations. Macron said the UN would help.",
            ArticleMetadata.Empty));

        var mentions = document.Get(Layers.EntityMentions);
        Assert.Contains(mentions, m => m.Text == "Macron" && m.CanonicalKey == "per:emmanuel macron");
        Assert.Contains(mentions, m => m.Text == "UN" && m.CanonicalName == "United Nations");
        Assert.Equal("entity-links", document.Layers.Single(l => l.Name == Layers.EntityMentions.Name).Producer);
    }

    [Fact]
    public void The_standard_pipeline_declares_the_link_stage_after_the_tagger()
    {
        var names = StandardPipeline.Create().Stages.Select(s => s.Name).ToList();
        Assert.True(names.IndexOf("entity-links") > names.IndexOf("entities"));
    }

    [Fact]
    public void A_name_the_place_stage_resolved_is_a_location_wherever_the_tagger_typed_it_otherwise()
    {
        const string text = "Ancash was hit hardest. Rescuers reached the Ancash region on Tuesday.";
        var second = text.LastIndexOf("Ancash", StringComparison.Ordinal);
        var document = new Document(text, ArticleMetadata.Empty)
            .With(Layers.Tokens, Core.Language.Tokens.Tokenizer.Default.Tokenize(text), "test")
            .With(Layers.Entities, [new Entity(new TextRange(0, 6), EntityType.Person, "Ancash"), new Entity(new TextRange(second, second + 6), EntityType.Location, "Ancash")], "test")
            .With(Layers.Places, [new Place(new TextRange(second, second + 13), "Ancash region", "Ancash", null, PlaceKind.Region, 0, "PE", "Peru", "Ancash", -9.36, -78.15)], "test");

        var mentions = new Core.Language.Entities.Linking.EntityLinkStage().Run(document).Get(Layers.EntityMentions);
        Assert.All(mentions.Where(m => m.Text == "Ancash"), m => Assert.Equal("loc:ancash", m.CanonicalKey));
    }
}

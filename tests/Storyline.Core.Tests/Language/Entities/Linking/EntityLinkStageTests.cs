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
}

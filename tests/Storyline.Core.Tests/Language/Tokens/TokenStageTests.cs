using Storyline.Core.Language.Tokens;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;

namespace Storyline.Core.Tests.Language.Tokens;

public sealed class TokenStageTests
{
    [Fact]
    public void Adds_the_tokens_layer_with_offsets_into_the_text()
    {
        var pipeline = new PipelineBuilder().Add(new TokenStage()).Build();
        var document = pipeline.Run(new Document("Mayor Ilse Varga resigned.\n\nShe left.", ArticleMetadata.Empty));

        var tokens = document.Get(Layers.Tokens);
        Assert.Equal(["Mayor", "Ilse", "Varga", "resigned", ".", "She", "left", "."], tokens.Select(document.TextOf));
        Assert.Equal("tokens", document.Layers.Single().Producer);
    }
}

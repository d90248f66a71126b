using Storyline.Core.Model;

namespace Storyline.Core.Tests.Model;

public sealed class DocumentTests
{
    [Fact]
    public void With_adds_a_layer_and_keeps_the_original_unchanged()
    {
        var original = new Document("First.\n\nSecond.", ArticleMetadata.Empty);
        var annotated = original.With(Layers.Paragraphs, [new Paragraph(new TextRange(0, 6), ParagraphKind.Body)], "test");

        Assert.Empty(original.Get(Layers.Paragraphs));
        var paragraph = Assert.Single(annotated.Get(Layers.Paragraphs));
        Assert.Equal("First.", annotated.TextOf(paragraph));
        Assert.Equal("test", Assert.Single(annotated.Layers).Producer);
    }

    [Fact]
    public void With_refuses_a_span_outside_the_text()
    {
        var document = new Document("short", ArticleMetadata.Empty);
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => document.With(Layers.Paragraphs, [new Paragraph(new TextRange(2, 9), ParagraphKind.Body)], "faulty-stage"));
        Assert.Contains("faulty-stage", error.Message);
    }
}

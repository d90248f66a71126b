using AngleSharp.Html.Parser;
using Storyline.Core.Extraction;

namespace Storyline.Core.Tests.Extraction;

public sealed class ElementAttributesTests
{
    [Fact]
    public void Reads_names_the_parser_lower_cased()
    {
        using var page = new HtmlParser().ParseDocument("<footer CLASS=\"post-meta\" Hidden>Harbour Road</footer>");
        var footer = page.QuerySelector("footer")!;

        Assert.Equal("post-meta", ElementAttributes.Value(footer, "class"));
        Assert.True(ElementAttributes.Has(footer, "hidden"));
        Assert.Null(ElementAttributes.Value(footer, "id"));
        Assert.False(ElementAttributes.Has(footer, "style"));
    }
}

using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Storyline.Core.Extraction.Metadata;

namespace Storyline.Core.Tests.Extraction.Metadata;

public sealed class ElementScanTests
{
    private const string Page = """
        <html><head><meta name="author" content="Ilse Varga"></head><body>
          <div class="story-Byline"><span rel="author nofollow">Ilse Varga</span>
            <p class="authorship">Desk</p></div>
          <article id="main"><section><p class="x">One</p><p rel="authors">Two</p></section>
            <footer CLASS="post-meta"><a rel=" author ">Orrin Vale</a></footer></article>
          <address>Harbour Road</address>
        </body></html>
        """;

    [Fact]
    public void Walks_in_document_order_like_the_selector_it_replaces()
    {
        using var page = new HtmlParser().ParseDocument(Page);
        static bool CaseInsensitiveCandidate(IElement element) =>
            ElementScan.Contains(element, "class", "byline", StringComparison.OrdinalIgnoreCase)
            || ElementScan.Contains(element, "class", "author", StringComparison.OrdinalIgnoreCase)
            || element.LocalName == "address";

        var scanned = ElementScan.Where(page, CaseInsensitiveCandidate).ToList();

        Assert.Equal(page.QuerySelectorAll("[class*=byline i], [class*=author i], address"), scanned);
        Assert.Equal(new[] { "DIV", "P", "ADDRESS" }, scanned.Select(element => element.TagName));
    }

    [Fact]
    public void Has_word_matches_whole_whitespace_separated_words_only()
    {
        using var page = new HtmlParser().ParseDocument(Page);

        var scanned = ElementScan.Where(page, element => ElementScan.HasWord(element, "rel", "author")).ToList();

        Assert.Equal(page.QuerySelectorAll("[rel~=author]"), scanned);
        Assert.Equal(new[] { "Ilse Varga", "Orrin Vale" }, scanned.Select(element => element.TextContent));
    }
}

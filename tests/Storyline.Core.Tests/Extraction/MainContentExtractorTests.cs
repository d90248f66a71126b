using System.Diagnostics;
using System.Text;
using AngleSharp.Html.Parser;
using Storyline.Core.Extraction;
using Storyline.Core.Model;

namespace Storyline.Core.Tests.Extraction;

public sealed class MainContentExtractorTests
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    private static ExtractedContent Extract(string html)
    {
        using var page = Parser.ParseDocument(html);
        return new MainContentExtractor().Extract(page, ArticleMetadata.Empty);
    }

    private static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Extraction", "Fixtures", name));

    private static string BodyText(ExtractedContent content) => string.Join("\n", content.Blocks.Select(b => b.Text));

    [Fact]
    public void News_article_keeps_the_body_in_reading_order()
    {
        var content = Extract(Fixture("news-article.html"));
        var texts = content.Blocks.Select(b => b.Text).ToList();

        Assert.Equal(
            [
                "The Tamsin Street bridge in Lindmoor reopened to traffic on Friday morning, four months after a winter storm tore away part of its western span and left the harbour district cut off from the ring road.",
                "Engineers from the county works department replaced eleven steel girders and rebuilt the footpath, finishing the repairs two weeks ahead of the schedule announced in the autumn.",
                "Ferries return to normal",
                "The temporary ferry service that carried commuters across the harbour will return to its usual winter timetable on Monday, the harbour authority said in a statement issued on Thursday evening.",
                "We are grateful to everyone who put up with the long detours this winter, and to the crews who worked through the worst of the weather.",
                "Local traders said the closure had cost them a large share of their usual winter custom. The works department said a final inspection of the eastern span is planned for the spring:",
                "a load test of the new girders in March,",
                "resurfacing of the approach road in April.",
            ],
            texts);
    }

    [Fact]
    public void News_article_blocks_have_their_kinds()
    {
        var content = Extract(Fixture("news-article.html"));

        Assert.Equal(ParagraphKind.Heading, content.Blocks.Single(b => b.Text == "Ferries return to normal").Kind);
        Assert.Equal(ParagraphKind.Quote, content.Blocks.Single(b => b.Text.StartsWith("We are grateful", StringComparison.Ordinal)).Kind);
        Assert.Equal(ParagraphKind.ListItem, content.Blocks.Single(b => b.Text.StartsWith("a load test", StringComparison.Ordinal)).Kind);
        Assert.Equal(ParagraphKind.Body, content.Blocks[0].Kind);
    }

    [Theory]
    [InlineData("Skip to main content")]
    [InlineData("We use cookies")]
    [InlineData("Sport")]
    [InlineData("Facebook")]
    [InlineData("Advertisement")]
    [InlineData("Sign up for our free newsletter")]
    [InlineData("Independent local journalism costs money")]
    [InlineData("Ring road roadworks")]
    [InlineData("Most read")]
    [InlineData("Lindmoor library")]
    [InlineData("About time too")]
    [InlineData("All rights reserved")]
    [InlineData("Mira Okonjo")]
    [InlineData("14 February 2031")]
    [InlineData("Read more")]
    [InlineData("Harbour bridge in Lindmoor reopens")]
    public void News_article_leaves_page_furniture_out(string furniture)
    {
        var content = Extract(Fixture("news-article.html"));

        Assert.DoesNotContain(furniture, BodyText(content), StringComparison.Ordinal);
    }

    [Fact]
    public void Captions_are_kept_apart_and_deduplicated()
    {
        var content = Extract(Fixture("news-article.html"));

        Assert.Equal("The reopened Tamsin Street bridge at dawn on Friday.", Assert.Single(content.Captions));
        Assert.DoesNotContain("at dawn on Friday", BodyText(content), StringComparison.Ordinal);
    }

    [Fact]
    public void Standfirst_is_kept_apart_from_the_body()
    {
        var content = Extract(Fixture("news-article.html"));

        Assert.Equal("Engineers finished the work two weeks early, and ferry crossings return to their winter timetable on Monday.", content.Standfirst);
        Assert.DoesNotContain("Engineers finished the work", BodyText(content), StringComparison.Ordinal);
    }

    [Fact]
    public void Blog_post_keeps_the_post_and_drops_comments_sidebar_and_meta()
    {
        var content = Extract(Fixture("blog-post.html"));
        var body = BodyText(content);

        Assert.StartsWith("The three pear trees at the bottom of the orchard", body, StringComparison.Ordinal);
        Assert.Contains("It took two weekends.", body, StringComparison.Ordinal);
        Assert.EndsWith("which cuts healed well and which did not.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Lovely write-up", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Orchard Diary is a notebook", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Posted on", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Tagged", body, StringComparison.Ordinal);
        Assert.Equal("The oldest pear after its first pruning in a decade.", Assert.Single(content.Captions));
    }

    [Fact]
    public void A_summary_inside_the_body_container_stays_body()
    {
        var content = Extract("""
            <html><body><article>
            <h1>Varn Point ferry fares to rise</h1>
            <div class="article-body">
            <ul class="summary-list"><li>Fares on the Varn Point ferry rise by a tenth from April, the operator said on Tuesday.</li></ul>
            <p>The operator blamed fuel costs and said season tickets for islanders would keep their current price for another year at least.</p>
            <p>Councillors on the island said they would ask the regional transport board to review the decision at its next meeting in March.</p>
            </div>
            </article></body></html>
            """);

        Assert.Null(content.Standfirst);
        Assert.StartsWith("Fares on the Varn Point ferry", content.Blocks[0].Text, StringComparison.Ordinal);
        Assert.Equal(3, content.Blocks.Length);
    }

    [Fact]
    public void Whitespace_is_normalised_inside_blocks()
    {
        var content = Extract("<html><body><article><p>  The   quay \n\t was\u00A0 rebuilt   in 2029 by the harbour trust, which paid for the work from its reserve fund. </p></article></body></html>");

        Assert.Equal("The quay was rebuilt in 2029 by the harbour trust, which paid for the work from its reserve fund.", Assert.Single(content.Blocks).Text);
    }

    [Fact]
    public void Deeply_nested_markup_neither_crashes_nor_goes_quadratic()
    {
        const int depth = 5000;
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < depth; i++)
        {
            html.Append("<div>");
        }

        html.Append("<p>At the very bottom of a very deep page there is still one paragraph of ordinary text worth reading.</p>");
        for (var i = 0; i < depth; i++)
        {
            html.Append("</div>");
        }

        html.Append("</body></html>");
        using var page = Parser.ParseDocument(html.ToString());
        var started = Stopwatch.StartNew();

        var content = new MainContentExtractor().Extract(page, ArticleMetadata.Empty);

        Assert.Equal("At the very bottom of a very deep page there is still one paragraph of ordinary text worth reading.", Assert.Single(content.Blocks).Text);
        // Only a quadratic walk could break this bound on a loaded machine; speed is measured in bench/.
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), $"extraction of {depth} nested divs took {started.Elapsed}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<<<>>><</>")]
    [InlineData("<html><head><title>Only a title</title></head><body></body></html>")]
    [InlineData("<html><body><script>var x = '<p>not text</p>';</script><style>p { color: red }</style></body></html>")]
    [InlineData("\u0000\u0001\u0002\uFFFD")]
    public void Empty_or_garbage_html_gives_empty_content(string html)
    {
        var content = Extract(html);

        Assert.Empty(content.Blocks);
        Assert.Empty(content.Captions);
        Assert.Null(content.Standfirst);
    }

    [Fact]
    public void Hidden_elements_are_not_text()
    {
        var content = Extract("""
            <html><body><article>
            <p>The lighthouse keeper's cottage on Varn Point will open to visitors this summer after a long restoration by volunteers.</p>
            <p style="display: none">This paragraph is hidden from readers and should never be extracted as body text at all.</p>
            <p hidden>Neither should this one, which carries the hidden attribute instead of an inline style rule.</p>
            </article></body></html>
            """);

        Assert.Equal("The lighthouse keeper's cottage on Varn Point will open to visitors this summer after a long restoration by volunteers.", Assert.Single(content.Blocks).Text);
    }

    [Fact]
    public void Html_article_extractor_joins_the_body_into_document_text()
    {
        var document = new HtmlArticleExtractor().Extract(SourceDocument.Html(Fixture("news-article.html"), "https://ledger.example/bridge"));

        Assert.StartsWith("The Tamsin Street bridge in Lindmoor reopened", document.Text, StringComparison.Ordinal);
        Assert.Equal(8, document.Get(Layers.Paragraphs).Length);
        Assert.Equal("The reopened Tamsin Street bridge at dawn on Friday.", Assert.Single(document.Metadata.Captions));
    }
}

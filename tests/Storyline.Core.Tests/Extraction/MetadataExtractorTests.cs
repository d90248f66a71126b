using AngleSharp.Html.Parser;
using Storyline.Core.Extraction;
using Storyline.Core.Extraction.Metadata;
using Storyline.Core.Model;
using Storyline.Core.Time;

namespace Storyline.Core.Tests.Extraction;

public sealed class MetadataExtractorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static ArticleMetadata Extract(string html, string? url = "https://www.harbourgazette.example/news/2025/04/17/ferry-strike")
    {
        using var page = new HtmlParser().ParseDocument(html);
        return new MetadataExtractor(DateTextParser.Default, AuthorNames.Default, new FixedClock(Now)).Extract(page, url);
    }

    [Fact]
    public void Reads_a_fully_marked_up_article()
    {
        const string html = """
            <html lang="en-GB"><head>
            <title>Ferry workers walk out over rotas | The Harbour Gazette</title>
            <meta property="og:title" content="Ferry workers walk out over rotas">
            <meta property="og:site_name" content="The Harbour Gazette">
            <link rel="canonical" href="/news/ferry-strike">
            <script type="application/ld+json">
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry workers walk out over rotas",
             "datePublished":"2025-04-17T08:30:00+01:00","dateModified":"2025-04-17T12:00:00+01:00",
             "author":[{"@type":"Person","name":"Mara Quillon"},{"@type":"Organization","name":"Harbour Gazette Staff"}],
             "publisher":{"@type":"NewsMediaOrganization","name":"The Harbour Gazette"}}
            </script>
            </head><body><h1>Ferry workers walk out over rotas</h1></body></html>
            """;
        var metadata = Extract(html);
        Assert.Equal("Ferry workers walk out over rotas", metadata.Title);
        Assert.Equal("The Harbour Gazette", metadata.Outlet);
        Assert.Equal(new[] { "Mara Quillon" }, metadata.Authors);
        Assert.Equal(new DateTimeOffset(2025, 4, 17, 8, 30, 0, TimeSpan.FromHours(1)), metadata.Published);
        Assert.Equal(new DateTimeOffset(2025, 4, 17, 12, 0, 0, TimeSpan.FromHours(1)), metadata.Updated);
        Assert.Equal("json-ld", metadata.PublishedSource);
        Assert.Equal("en", metadata.Language);
        Assert.Equal("https://www.harbourgazette.example/news/ferry-strike", metadata.CanonicalUrl);
        Assert.Empty(metadata.Captions);
        Assert.Null(metadata.Standfirst);
    }

    [Theory]
    [InlineData("Lanterns return to the old quay | Quayside Courier", "Lanterns return to the old quay")]
    [InlineData("Quayside Courier - Lanterns return to the old quay", "Lanterns return to the old quay")]
    [InlineData("Lanterns return to the old quay — Quayside Courier", "Lanterns return to the old quay")]
    public void Strips_the_site_name_from_the_page_title(string pageTitle, string headline)
    {
        var metadata = Extract($"<html><head><title>{pageTitle}</title><meta property=\"og:site_name\" content=\"Quayside Courier\"></head><body></body></html>", null);
        Assert.Equal(headline, metadata.Title);
        Assert.Equal("Quayside Courier", metadata.Outlet);
    }

    [Fact]
    public void Prefers_the_title_other_sources_agree_with()
    {
        const string html = """
            <html><head><title>Tidal mill reopens - Millbrook Echo</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"a short description of the mill"}</script>
            </head><body><h1>Tidal mill reopens</h1></body></html>
            """;
        var metadata = Extract(html, null);
        Assert.Equal("Tidal mill reopens", metadata.Title);
        Assert.Equal("Millbrook Echo", metadata.Outlet);
    }

    [Theory]
    [InlineData("By Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("Jane Doe, Reporter", new[] { "Jane Doe" })]
    [InlineData("By JANE DOE in Port Averly", new[] { "JANE DOE" })]
    [InlineData("Words by Ana Petrova &amp; Luis Ortega | 4 minute read", new[] { "Ana Petrova", "Luis Ortega" })]
    [InlineData("Jane Doe March 3, 2020 14:05", new[] { "Jane Doe" })]
    [InlineData("Mira Santos (with Olu Adeyemi and Kai Lind)", new[] { "Mira Santos", "Olu Adeyemi", "Kai Lind" })]
    [InlineData("Written by Rob Quent Edited by Lia Marr", new[] { "Rob Quent", "Lia Marr" })]
    [InlineData("<a>Rob Quent</a>, <a>Lia Marr</a><time>Monday, November 18, 2024</time>", new[] { "Rob Quent", "Lia Marr" })]
    [InlineData("Rob Quent, Harbour Gazette", new[] { "Rob Quent" })]
    [InlineData("Rob Harbourson", new[] { "Rob Harbourson" })]
    public void Splits_bylines_into_people(string byline, string[] expected)
    {
        var metadata = Extract($"<html><head><title>x</title><meta property=\"og:site_name\" content=\"The Harbour Gazette Weekend\"></head><body><p class=\"byline\">{byline}</p></body></html>", null);
        Assert.Equal(expected, metadata.Authors);
    }

    [Theory]
    [InlineData("Minute Read")]
    [InlineData("Published")]
    [InlineData("Staff")]
    [InlineData("Associated Press")]
    [InlineData("The Harbour Gazette")]
    [InlineData("desk@harbourgazette.example")]
    [InlineData("https://harbourgazette.example/staff/jd")]
    [InlineData("March 3, 2020")]
    public void Rejects_bylines_that_are_not_people(string byline)
    {
        var html = $"<html><head><meta property=\"og:site_name\" content=\"The Harbour Gazette\"><meta name=\"author\" content=\"{byline}\"></head><body><span class=\"author\">{byline}</span></body></html>";
        Assert.Empty(Extract(html, null).Authors);
    }

    [Fact]
    public void Author_links_elsewhere_on_the_page_are_not_co_authors()
    {
        const string html = """
            <html><body>
            <div class="byline"><span><a rel="author" href="/p/1">Tomas Verhoef</a></span></div>
            <p>Story text.</p>
            <section class="related"><div><div><a rel="author" href="/p/2">Ines Carvalho</a></div></div></section>
            </body></html>
            """;
        Assert.Equal(new[] { "Tomas Verhoef" }, Extract(html, null).Authors);
    }

    [Fact]
    public void Keeps_published_and_updated_apart_from_meta_tags()
    {
        const string html = """
            <html><head>
            <meta property="article:published_time" content="2025-02-01T06:00:00-05:00">
            <meta property="article:modified_time" content="2025-02-02T09:00:00-05:00">
            </head><body></body></html>
            """;
        var metadata = Extract(html, null);
        Assert.Equal(new DateTimeOffset(2025, 2, 1, 6, 0, 0, TimeSpan.FromHours(-5)), metadata.Published);
        Assert.Equal(new DateTimeOffset(2025, 2, 2, 9, 0, 0, TimeSpan.FromHours(-5)), metadata.Updated);
        Assert.Equal("meta", metadata.PublishedSource);
    }

    [Fact]
    public void Prefers_the_time_element_in_the_byline_over_comment_times()
    {
        const string html = """
            <html><body>
            <div class="comments"><time datetime="2025-03-09T10:00:00Z">comment</time></div>
            <header><div class="meta"><time datetime="2025-03-08T17:45:00+02:00">8 March</time></div></header>
            </body></html>
            """;
        var metadata = Extract(html, null);
        Assert.Equal(new DateTimeOffset(2025, 3, 8, 17, 45, 0, TimeSpan.FromHours(2)), metadata.Published);
        Assert.Equal("time", metadata.PublishedSource);
    }

    [Fact]
    public void Falls_back_to_the_date_in_the_url()
    {
        var metadata = Extract("<html><body><p>No dates here.</p></body></html>");
        Assert.Equal(new DateTimeOffset(2025, 4, 17, 0, 0, 0, TimeSpan.Zero), metadata.Published);
        Assert.Equal("url (no offset)", metadata.PublishedSource);
    }

    [Fact]
    public void Reads_a_visible_dateline_with_a_zone_abbreviation()
    {
        var metadata = Extract("<html><body><div class=\"article-date\">March 3, 2020, 9:05 a.m. EST</div></body></html>", null);
        Assert.Equal(new DateTimeOffset(2020, 3, 3, 9, 5, 0, TimeSpan.FromHours(-5)), metadata.Published);
        Assert.Equal("text", metadata.PublishedSource);
    }

    [Fact]
    public void A_last_modified_line_is_an_update_not_the_publication()
    {
        var metadata = Extract("<html><body><div id='content'><p class='meta'>Posted 4 May 2024</p></div><div id='footer'><span class='date'>This page was last edited on 9 June 2024</span></div></body></html>", null);
        Assert.Equal(new DateTimeOffset(2024, 5, 4, 0, 0, 0, TimeSpan.Zero), metadata.Published);
        Assert.Equal(new DateTimeOffset(2024, 6, 9, 0, 0, 0, TimeSpan.Zero), metadata.Updated);
    }

    [Fact]
    public void Ignores_future_dates()
    {
        const string html = """
            <html><head><meta name="date" content="2031-01-01T00:00:00Z"></head>
            <body><span class="updated">Updated 5 hours ago</span></body></html>
            """;
        var metadata = Extract(html, null);
        Assert.Null(metadata.Published);
        Assert.Equal(Now.AddHours(-5), metadata.Updated);
    }

    [Fact]
    public void Relative_times_count_only_when_nothing_absolute_is_written()
    {
        var relativeOnly = Extract("<html><body><span class='post-date'>Posted 2 days ago</span></body></html>", null);
        Assert.Equal(Now.AddDays(-2), relativeOnly.Published);
        Assert.Equal("text", relativeOnly.PublishedSource);

        var both = Extract("<html><head><meta name='date' content='2025-06-01'></head><body><span class='post-date'>Posted 2 days ago</span></body></html>", null);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero), both.Published);
        Assert.Equal("meta (no offset)", both.PublishedSource);
    }

    [Fact]
    public void Rejects_names_that_are_organisations_or_start_with_an_article()
    {
        var metadata = Extract("<html><body><p class='byline'>Kestrel Vann. Northwind International</p><span class='author'>The Quiet Observer</span></body></html>", null);
        Assert.Equal(new[] { "Kestrel Vann" }, metadata.Authors);
    }

    [Fact]
    public void Malformed_json_ld_is_skipped()
    {
        var metadata = Extract("<html><head><title>Quiet day</title><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", </script></head></html>", null);
        Assert.Equal("Quiet day", metadata.Title);
    }

    [Theory]
    [InlineData("<html lang=\"pt-BR\"></html>", "pt")]
    [InlineData("<html><head><meta property=\"og:locale\" content=\"fr_FR\"></head></html>", "fr")]
    [InlineData("<html><head><meta http-equiv=\"content-language\" content=\"de\"></head></html>", "de")]
    [InlineData("<html></html>", null)]
    public void Normalises_the_declared_language(string html, string? language)
    {
        Assert.Equal(language, Extract(html, null).Language);
    }

    [Fact]
    public void Without_a_declared_name_the_outlet_is_the_prettified_domain()
    {
        var metadata = Extract("<html><head><title>Storm closes harbour</title></head></html>", "https://www.the-harbour-gazette.co.uk/a/1");
        Assert.Equal("The Harbour Gazette", metadata.Outlet);
        Assert.Equal("https://www.the-harbour-gazette.co.uk/a/1", metadata.CanonicalUrl);
    }

    [Fact]
    public void A_personal_blog_named_after_its_author_keeps_the_author()
    {
        const string html = """
            <html><head><title>Notes on tide tables | Odile Brandt</title>
            <script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"Odile Brandt"}}</script>
            </head><body><h1>Notes on tide tables</h1></body></html>
            """;
        var metadata = Extract(html, null);
        Assert.Equal(new[] { "Odile Brandt" }, metadata.Authors);
        Assert.NotEqual("Odile Brandt", metadata.Outlet);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

using Storyline.Core.Extraction;
using Storyline.Core.Model;

namespace Storyline.Core.Tests.Extraction;

public sealed class PlainTextArticleExtractorTests
{
    private readonly PlainTextArticleExtractor _extractor = new();

    private Document ExtractFixture(string name, string? url = null) =>
        _extractor.Extract(SourceDocument.PlainText(PlainTextFixtures.Read(name), url));

    private static string[] BodyOf(Document document) =>
        [.. document.Get(Layers.Paragraphs).Select(document.TextOf)];

    [Fact]
    public void Scraped_article_keeps_exactly_the_body_paragraphs()
    {
        var document = ExtractFixture("plaintext-scraped-article.txt");

        Assert.Equal(
            [
                "A section of the tidal barrier protecting Marlow Quay gave way early on Wednesday, sending seawater into more than 200 homes, the town council said.",
                "Residents were woken by sirens shortly after 5am.",
                "Emergency crews from three counties worked through the morning to pump water from the lower streets, where cars were left half submerged.",
                "\"We had been warning about this barrier for years,\" said Ruth Calloway, who chairs the Marlow Quay residents' association. \"Nobody listened.\"",
                "He said it was over.",
                "What happens next",
                "The council will meet on Friday to decide whether to rebuild the damaged section or replace the barrier entirely, a spokesperson said.",
                "Engineers had flagged corrosion in the barrier's steel gates in a 2024 inspection, according to documents seen by the Harbour Times.",
            ],
            BodyOf(document));
        Assert.Equal(ParagraphKind.Heading, document.Get(Layers.Paragraphs)[5].Kind);
    }

    [Fact]
    public void Scraped_article_metadata_comes_from_title_byline_and_dateline_lines()
    {
        var document = ExtractFixture("plaintext-scraped-article.txt", "https://harbour-times.example/news/flood-barrier");
        var metadata = document.Metadata;

        Assert.Equal("Flood barrier on the Kell river fails as storm surge hits Marlow Quay", metadata.Title);
        Assert.Equal(["Jane Doe", "Omar al-Said"], metadata.Authors.ToArray());
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 9, 12, 0, TimeSpan.Zero), metadata.Published);
        Assert.Equal(TimeSpan.Zero, metadata.Published!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 10, 40, 0, TimeSpan.FromHours(1)), metadata.Updated);
        Assert.Equal(TimeSpan.FromHours(1), metadata.Updated!.Value.Offset);
        Assert.Equal("text", metadata.PublishedSource);
        Assert.Equal("The Harbour Times", metadata.Outlet);
        Assert.Equal("https://harbour-times.example/news/flood-barrier", metadata.Url);
        Assert.Equal("https://harbour-times.example/news/flood-barrier", metadata.CanonicalUrl);
        Assert.Equal("en", metadata.Language);
    }

    [Fact]
    public void Caption_printed_twice_is_kept_once_and_out_of_the_body()
    {
        var document = ExtractFixture("plaintext-scraped-article.txt");

        var caption = Assert.Single(document.Metadata.Captions);
        Assert.Equal("Rescue boats move along Dock Street on Wednesday morning. Photograph: Lena Brook/Coastline Agency", caption);
        Assert.DoesNotContain("Rescue boats", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Us_style_scrape_with_single_newlines_and_role_byline()
    {
        var document = ExtractFixture("plaintext-scraped-us-style.txt");
        var metadata = document.Metadata;

        Assert.Equal("County health officials confirm measles case at Pinewood school", metadata.Title);
        Assert.Equal(["Maria Okafor"], metadata.Authors.ToArray());
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 15, 5, 0, TimeSpan.FromHours(-5)), metadata.Published);
        Assert.Equal(TimeSpan.FromHours(-5), metadata.Published!.Value.Offset);
        Assert.Equal("The Lakeside Ledger", metadata.Outlet);
        Assert.Equal(["Parents wait outside Pinewood Middle School on Tuesday. (Image: Dev Patel/Lakeside Ledger)"], metadata.Captions.ToArray());
        Assert.Equal(
            [
                "A student at Pinewood Middle School has tested positive for measles, county health officials said Tuesday.",
                "The department is contacting families of about 300 students and staff who may have been exposed between Feb. 24 and Feb. 27.",
                "Officials urged anyone who is unvaccinated to stay home and call their doctor if symptoms appear.",
                "Symptoms include a high fever, cough and a rash that spreads from the face to the rest of the body.",
            ],
            BodyOf(document));
    }

    [Fact]
    public void Authors_are_people_never_reading_time_or_the_outlet()
    {
        var text = "Tram line to open in spring after years of delay\nBy Lucia Ferrante | The Northfield Gazette\n6 Minute Read\n\nThe new tram line between the station and the hospital will open in April, the city said on Monday.";

        var document = _extractor.Extract(SourceDocument.PlainText(text));

        Assert.Equal(["Lucia Ferrante"], document.Metadata.Authors.ToArray());
        Assert.Equal("The Northfield Gazette", document.Metadata.Outlet);
        Assert.Equal(["The new tram line between the station and the hospital will open in April, the city said on Monday."], BodyOf(document));
    }

    [Fact]
    public void Byline_glued_to_reading_time_keeps_only_the_name()
    {
        var text = "Tram line to open in spring\nBy Lucia Ferrante 6 Minute Read\nThe new tram line will open in April, the city said.";

        var document = _extractor.Extract(SourceDocument.PlainText(text));

        Assert.Equal(["Lucia Ferrante"], document.Metadata.Authors.ToArray());
    }

    [Fact]
    public void Short_real_sentences_are_body_even_between_furniture()
    {
        var text = "Ferry service suspended after engine fire\n\nThe morning ferry was cancelled after a fire in its engine room.\nShare\nNo one was hurt.\nAdvertisement\nIt will not sail again this week.";

        var document = _extractor.Extract(SourceDocument.PlainText(text));

        Assert.Equal(
            ["The morning ferry was cancelled after a fire in its engine room.", "No one was hurt.", "It will not sail again this week."],
            BodyOf(document));
    }

    [Fact]
    public void Headline_lines_after_a_most_read_header_are_furniture_until_a_sentence()
    {
        var text = string.Join('\n',
            "Library to extend opening hours",
            "The central library will open until 9pm on weekdays from May, the council said.",
            "Most popular",
            "Bus fares frozen for another year",
            "Is the harbour wall safe?",
            "Council leader resigns",
            "The change follows a survey in which most users asked for later hours.");

        var document = _extractor.Extract(SourceDocument.PlainText(text));

        Assert.Equal(
            [
                "The central library will open until 9pm on weekdays from May, the council said.",
                "The change follows a survey in which most users asked for later hours.",
            ],
            BodyOf(document));
    }

    [Fact]
    public void Navigation_runs_of_short_capitalised_lines_are_dropped()
    {
        var text = "Kelmsford\nNorthby\nEast Vale\nRiverside\nNew bridge named after local teacher\nThe footbridge over the Kell will carry the name of a teacher who taught in the town for forty years.";

        var document = _extractor.Extract(SourceDocument.PlainText(text));

        Assert.Equal("New bridge named after local teacher", document.Metadata.Title);
        Assert.Equal(["The footbridge over the Kell will carry the name of a teacher who taught in the town for forty years."], BodyOf(document));
    }

    [Fact]
    public void Text_without_a_headline_keeps_its_first_paragraph()
    {
        var paragraph = "The regional water authority announced on Thursday that the hosepipe ban introduced in July will be lifted at midnight on Sunday, after three weeks of heavy rain refilled the reservoirs above their seasonal average for the first time since spring.";

        var document = _extractor.Extract(SourceDocument.PlainText(paragraph));

        Assert.Null(document.Metadata.Title);
        Assert.Equal([paragraph], BodyOf(document));
    }

    [Fact]
    public void Text_that_opens_with_body_has_no_title_and_loses_no_paragraph()
    {
        var lines = new[]
        {
            "The regional water authority said on Thursday that the hosepipe ban will be lifted at midnight on Sunday.",
            "Three weeks of heavy rain have refilled the reservoirs above their seasonal average.",
            "Officials said the lifting of the ban would be reviewed in the spring.",
        };

        var document = _extractor.Extract(SourceDocument.PlainText(string.Join('\n', lines)));

        Assert.Null(document.Metadata.Title);
        Assert.Equal(lines, BodyOf(document));
    }

    [Fact]
    public void Credit_then_caption_lines_keep_the_caption_text()
    {
        var text = string.Join('\n',
            "Ferry grounded on sandbank off Kell Point",
            "Image copyright Coastline Agency Image caption The ferry ran aground at low tide",
            "A passenger ferry ran aground on a sandbank off Kell Point on Sunday, the coastguard said.");

        var document = _extractor.Extract(SourceDocument.PlainText(text));

        Assert.Equal(["The ferry ran aground at low tide"], document.Metadata.Captions.ToArray());
        Assert.Equal(["A passenger ferry ran aground on a sandbank off Kell Point on Sunday, the coastguard said."], BodyOf(document));
    }

    [Fact]
    public void Wire_footers_and_separated_menus_are_dropped()
    {
        var text = string.Join('\n',
            "Politics | Energy & Environment | Health | Sport",
            "Port strike ends after pay deal",
            "Dock workers in Marlow Quay returned to work on Monday after accepting a 6% pay rise.",
            "(Reporting by Ana Ruiz; Editing by Tom Hale)",
            "Follow Ana Ruiz on Twitter",
            "Read or Share this story: https://example.invalid/s/1");

        var document = _extractor.Extract(SourceDocument.PlainText(text));

        Assert.Equal("Port strike ends after pay deal", document.Metadata.Title);
        Assert.Equal(["Dock workers in Marlow Quay returned to work on Monday after accepting a 6% pay rise."], BodyOf(document));
    }

    [Fact]
    public void A_menu_with_an_abbreviated_entry_is_not_the_title()
    {
        var text = string.Join('\n',
            "The Evening Courier",
            "Home | U.S. | World | Politics | Weather",
            "Port strike ends after pay deal",
            "Dock workers in Marlow Quay returned to work on Monday after accepting a 6% pay rise.");

        var document = _extractor.Extract(SourceDocument.PlainText(text));

        Assert.Equal("Port strike ends after pay deal", document.Metadata.Title);
        Assert.Equal(["Dock workers in Marlow Quay returned to work on Monday after accepting a 6% pay rise."], BodyOf(document));
    }

    [Fact]
    public void A_bare_name_under_the_headline_is_the_byline()
    {
        var text = "Port strike ends after pay deal\nTomasz Nowak\n5 March 2026\nDock workers returned to work on Monday after accepting a pay rise.";

        var document = _extractor.Extract(SourceDocument.PlainText(text));

        Assert.Equal(["Tomasz Nowak"], document.Metadata.Authors.ToArray());
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.Zero), document.Metadata.Published);
        Assert.Equal(["Dock workers returned to work on Monday after accepting a pay rise."], BodyOf(document));
    }

    [Fact]
    public void Dates_in_a_related_list_are_not_the_publication_date()
    {
        var text = string.Join('\n',
            "Port strike ends after pay deal",
            "Dock workers returned to work on Monday after accepting a pay rise.",
            "Related stories",
            "Dockers vote to strike",
            "2 February 2026");

        var document = _extractor.Extract(SourceDocument.PlainText(text));

        Assert.Null(document.Metadata.Published);
        Assert.Null(document.Metadata.PublishedSource);
    }

    [Fact]
    public void Paragraph_spans_point_at_their_text()
    {
        var document = ExtractFixture("plaintext-scraped-article.txt");

        var paragraphs = document.Get(Layers.Paragraphs);
        Assert.Equal(string.Join("\n\n", paragraphs.Select(document.TextOf)), document.Text);
    }

    [Fact]
    public void Hard_wrapped_paragraphs_are_joined_back()
    {
        var text = string.Join('\n',
            "Harbour dredging to begin in June",
            "",
            "Dredging of the inner harbour at Marlow Quay will begin in June, the port",
            "authority said on Tuesday, after two years of delays caused by disputes",
            "over where the silt should be dumped.",
            "",
            "The work is expected to last eleven weeks. Fishing boats will be moved to",
            "the outer moorings while it goes on, and the ferry will keep its usual",
            "timetable.");

        var document = _extractor.Extract(SourceDocument.PlainText(text));

        Assert.Equal(
            [
                "Dredging of the inner harbour at Marlow Quay will begin in June, the port authority said on Tuesday, after two years of delays caused by disputes over where the silt should be dumped.",
                "The work is expected to last eleven weeks. Fishing boats will be moved to the outer moorings while it goes on, and the ferry will keep its usual timetable.",
            ],
            BodyOf(document));
    }

    [Fact]
    public void Generic_words_are_neither_outlet_nor_author()
    {
        var text = "Breaking News\nHarbour dredging to begin in June\nFOR IMMEDIATE RELEASE\nDredging of the inner harbour will begin in June, the port authority said.";

        var document = _extractor.Extract(SourceDocument.PlainText(text));

        Assert.Null(document.Metadata.Outlet);
        Assert.Empty(document.Metadata.Authors);
        Assert.Equal("Harbour dredging to begin in June", document.Metadata.Title);
    }

    [Fact]
    public void Empty_and_blank_inputs_give_an_empty_document()
    {
        Assert.Equal(string.Empty, _extractor.Extract(SourceDocument.PlainText(string.Empty)).Text);
        var blank = _extractor.Extract(SourceDocument.PlainText("\n \r\n\t\n"));
        Assert.Equal(string.Empty, blank.Text);
        Assert.Null(blank.Metadata.Title);
        Assert.Null(blank.Metadata.Language);
    }
}

using Storyline.Ingest.Feeds;

namespace Storyline.Ingest.Tests.Feeds;

public sealed class FeedParserTests
{
    private static readonly Uri FeedUrl = new("https://harbour.example/feeds/news.xml");

    [Fact]
    public void Reads_rss_2()
    {
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Harbour Gazette</title>
                <item>
                  <title>Ferry returns</title>
                  <link>/news/ferry</link>
                  <pubDate>Tue, 03 Mar 2020 14:05:00 EST</pubDate>
                  <description>Short teaser</description>
                  <content:encoded><![CDATA[<p>The ferry is back.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Guid only</title>
                  <guid>https://harbour.example/news/guid</guid>
                  <dc:date>2020-03-04T08:00:00Z</dc:date>
                </item>
                <item><title>Bad date</title><link>https://harbour.example/x</link><pubDate>soon</pubDate></item>
              </channel>
            </rss>
            """;
        var feed = FeedParser.Default.Parse(xml, FeedUrl);

        Assert.Equal("Harbour Gazette", feed.Title);
        Assert.Equal(3, feed.Items.Count);
        Assert.Equal("https://harbour.example/news/ferry", feed.Items[0].Link);
        Assert.Equal(new DateTimeOffset(2020, 3, 3, 14, 5, 0, TimeSpan.FromHours(-5)), feed.Items[0].Published);
        Assert.Equal("<p>The ferry is back.</p>", feed.Items[0].FullContentHtml);
        Assert.Equal("Short teaser", feed.Items[0].SummaryHtml);
        Assert.Equal("https://harbour.example/news/guid", feed.Items[1].Link);
        Assert.Equal(new DateTimeOffset(2020, 3, 4, 8, 0, 0, TimeSpan.Zero), feed.Items[1].Published);
        Assert.Null(feed.Items[2].Published);
        Assert.Equal("soon", feed.Items[2].PublishedText);
    }

    [Fact]
    public void Reads_rss_1_rdf()
    {
        const string xml = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://valley.example/"><title>Valley Courier</title></channel>
              <item rdf:about="https://valley.example/a"><title>Bridge opens</title><link>https://valley.example/a</link><dc:date>2021-06-01T09:30:00+02:00</dc:date></item>
            </rdf:RDF>
            """;
        var feed = FeedParser.Default.Parse(xml, null);
        Assert.Equal("Valley Courier", feed.Title);
        var item = Assert.Single(feed.Items);
        Assert.Equal("Bridge opens", item.Title);
        Assert.Equal("https://valley.example/a", item.Link);
        Assert.Equal(new DateTimeOffset(2021, 6, 1, 9, 30, 0, TimeSpan.FromHours(2)), item.Published);
    }

    [Fact]
    public void Reads_atom()
    {
        const string xml = """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Northern Ledger</title>
              <entry>
                <title>Mill reopens</title>
                <link rel="self" href="https://ledger.example/api/1"/>
                <link rel="alternate" href="https://ledger.example/mill"/>
                <updated>2022-01-02T03:04:05Z</updated>
                <published>2022-01-01T10:00:00-05:00</published>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Full story.</p></div></content>
                <summary>Plain &lt;summary&gt;</summary>
              </entry>
            </feed>
            """;
        var feed = FeedParser.Default.Parse(xml, null);
        var entry = Assert.Single(feed.Items);
        Assert.Equal("Northern Ledger", feed.Title);
        Assert.Equal("https://ledger.example/mill", entry.Link);
        Assert.Equal(new DateTimeOffset(2022, 1, 1, 10, 0, 0, TimeSpan.FromHours(-5)), entry.Published);
        Assert.Contains("<p>Full story.</p>", entry.FullContentHtml);
        Assert.Equal("Plain &lt;summary&gt;", entry.SummaryHtml);
    }

    [Fact]
    public void Dtds_are_refused_so_entities_cannot_expand()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <rss><channel><title>&b;</title></channel></rss>
            """;
        var error = Assert.Throws<FormatException>(() => FeedParser.Default.Parse(xml, null));
        Assert.Contains("malformed feed XML", error.Message);
    }

    [Fact]
    public void Non_feed_roots_are_rejected()
    {
        Assert.Throws<FormatException>(() => FeedParser.Default.Parse("<html><body/></html>", null));
        Assert.Throws<FormatException>(() => FeedParser.Default.Parse("<rss><channel>", null));
    }
}

using System.Text;
using Storyline.Core.Extraction;
using Storyline.Ingest.Tests.Support;

namespace Storyline.Ingest.Tests;

public sealed class InputReaderHttpTests : IDisposable
{
    private static readonly Encoding Windows1252 = CodePages1252();

    private static readonly string FullContent = "<p>" + string.Join(' ', Enumerable.Repeat("storm", 30)) + "</p>";

    private readonly TestServer _server;
    private readonly TempFolder _temp = new();

    public InputReaderHttpTests()
    {
        TestServer? self = null;
        _server = new TestServer(new()
        {
            ["/robots.txt"] = TestServer.Text("User-agent: *\nDisallow: /blocked/\n", "text/plain"),
            ["/news/ferry"] = TestServer.Text("<html><head><title>Ferry returns</title></head><body><p>The ferry is back.</p></body></html>"),
            ["/news/bridge"] = TestServer.Text("<html><head><title>Bridge</title></head><body><p>The bridge opened.</p></body></html>"),
            ["/feed.xml"] = (context, token) => TestServer.Text(Feed(self!.BaseUrl), "application/rss+xml")(context, token),
            ["/atom"] = TestServer.Text(AtomFeed, "application/atom+xml; charset=utf-8"),
            ["/cp1252-meta"] = TestServer.Bytes(
                Windows1252.GetBytes("<html><head><meta charset=\"windows-1252\"><title>Café</title></head><body><p>“Quoted” café – ok</p></body></html>"),
                "text/html"),
            ["/latin1-header"] = TestServer.Bytes(
                Windows1252.GetBytes("<html><head><title>Résumé</title></head><body><p>“Smart” quotes</p></body></html>"),
                "text/html; charset=iso-8859-1"),
            ["/no-charset"] = TestServer.Bytes(Windows1252.GetBytes("Plain naïve text"), "text/plain"),
            ["/archive.gz"] = TestServer.Bytes(Gzip("{\"text\":\"From the archive.\"}\n"), "application/octet-stream"),
            ["/image"] = TestServer.Bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52], "image/png"),
        });
        self = _server;
    }

    public void Dispose()
    {
        _server.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task Feed_url_items_are_fetched_as_pages_with_the_feed_metadata_as_hints()
    {
        var feedUrl = _server.Url("/feed.xml").AbsoluteUri;
        var items = await Read.AllAsync(Read.LocalOptions, feedUrl);

        Assert.Equal(
            [
                _server.Url("/news/ferry").AbsoluteUri,
                _server.Url("/news/bridge").AbsoluteUri,
                $"{_server.Url("/news/missing").AbsoluteUri} (feed content; page: HTTP 404 (Not Found))",
                _server.Url("/news/teaser-only").AbsoluteUri,
                $"{_server.Url("/blocked/story").AbsoluteUri} (feed content; page: disallowed by robots.txt (/blocked/story))",
            ],
            items.Select(i => i.Origin));

        var ferry = Source(items[0]);
        Assert.Equal(SourceFormat.Html, ferry.Format);
        Assert.Contains("The ferry is back.", ferry.Content);
        Assert.Equal(new ArticleHints("Ferry returns", "Harbour Gazette", new DateTimeOffset(2020, 3, 3, 14, 5, 0, TimeSpan.FromHours(-5)), "feed"), ferry.Hints);
        Assert.Equal(new ArticleHints("Bridge opens", "Harbour Gazette", null, null), Source(items[1]).Hints);
        Assert.Equal(FullContent, Source(items[2]).Content);
        Assert.Equal(_server.Url("/news/missing").AbsoluteUri, Source(items[2]).Url);
        Assert.Equal("HTTP 404 (Not Found)", Assert.IsType<FailedItem>(items[3]).Problem);
        Assert.Equal(FullContent, Source(items[4]).Content);
    }

    [Fact]
    public async Task Feed_file_items_link_to_pages_that_are_fetched()
    {
        var path = _temp.Write("saved-feed.rss", Feed(_server.BaseUrl));
        var items = await Read.AllAsync(Read.LocalOptions, path);
        Assert.Equal(_server.Url("/news/ferry").AbsoluteUri, items[0].Origin);
        Assert.Contains("The ferry is back.", Source(items[0]).Content);
    }

    [Fact]
    public async Task Atom_feed_over_http()
    {
        var item = Assert.Single(await Read.AllAsync(Read.LocalOptions, _server.Url("/atom").AbsoluteUri));
        Assert.Equal(_server.Url("/news/bridge").AbsoluteUri, item.Origin);
        Assert.Equal("Northern Ledger", Source(item).Hints.Outlet);
        Assert.Equal(new DateTimeOffset(2022, 1, 1, 10, 0, 0, TimeSpan.FromHours(-5)), Source(item).Hints.Published);
    }

    [Fact]
    public async Task Charsets_come_from_meta_or_header_and_default_sensibly()
    {
        var items = await Read.AllAsync(
            Read.LocalOptions,
            _server.Url("/cp1252-meta").AbsoluteUri,
            _server.Url("/latin1-header").AbsoluteUri,
            _server.Url("/no-charset").AbsoluteUri);

        Assert.Contains("“Quoted” café – ok", Source(items[0]).Content);
        Assert.Contains("<title>Résumé</title>", Source(items[1]).Content);
        Assert.Contains("“Smart” quotes", Source(items[1]).Content);
        Assert.Equal("Plain naïve text", Source(items[2]).Content);
        Assert.Equal(SourceFormat.PlainText, Source(items[2]).Format);
    }

    [Fact]
    public async Task Fetched_bodies_are_sniffed_like_files()
    {
        var items = await Read.AllAsync(Read.LocalOptions, _server.Url("/archive.gz").AbsoluteUri, _server.Url("/image").AbsoluteUri);
        Assert.Equal("From the archive.", Source(items[0]).Content);
        Assert.Equal(_server.Url("/archive.gz").AbsoluteUri + ":1", items[0].Origin);
        Assert.Equal("binary content (not text)", Assert.IsType<FailedItem>(items[1]).Problem);
    }

    [Fact]
    public async Task Json_lines_rows_with_only_a_url_are_fetched_with_the_row_as_hints()
    {
        var path = _temp.Write("links.jsonl", $"{{\"url\":\"{_server.Url("/news/ferry").AbsoluteUri}\",\"title\":\"Given title\",\"outlet\":\"Harbour Gazette\"}}\n");
        var item = Assert.Single(await Read.AllAsync(Read.LocalOptions, path));
        Assert.Equal($"{path}:1", item.Origin);
        Assert.Contains("The ferry is back.", Source(item).Content);
        Assert.Equal("Given title", Source(item).Hints.Title);
    }

    [Fact]
    public async Task Inputs_keep_their_order_across_kinds()
    {
        var file = _temp.Write("local.txt", "A local story about the harbour.");
        var items = await Read.AllAsync(
            Read.LocalOptions,
            new StringReader("Story from stdin."),
            _server.Url("/news/ferry").AbsoluteUri,
            file,
            "-",
            "ftp://harbour.example/x");
        Assert.Equal([_server.Url("/news/ferry").AbsoluteUri, file, "stdin", "ftp://harbour.example/x"], items.Select(i => i.Origin));
        Assert.Equal("refused: scheme \"ftp\" is not fetched (only http and https)", Assert.IsType<FailedItem>(items[3]).Problem);
    }

    private static string Feed(Uri baseUrl) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Harbour Gazette</title>
            <link>{baseUrl}</link>
            <item><title>Ferry returns</title><link>{baseUrl}news/ferry</link><pubDate>Tue, 3 Mar 2020 14:05 EST</pubDate><description>Teaser</description></item>
            <item><title>Bridge opens</title><link>/news/bridge</link><pubDate>sometime soon</pubDate></item>
            <item><title>Missing page</title><link>/news/missing</link><content:encoded><![CDATA[{FullContent}]]></content:encoded></item>
            <item><title>Teaser only</title><link>/news/teaser-only</link><description>Read more...</description></item>
            <item><title>Blocked</title><link>/blocked/story</link><content:encoded><![CDATA[{FullContent}]]></content:encoded></item>
          </channel>
        </rss>
        """;

    private const string AtomFeed = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Northern Ledger</title>
          <entry><title>Bridge</title><link href="/news/bridge"/><published>2022-01-01T10:00:00-05:00</published></entry>
        </feed>
        """;

    private static SourceDocument Source(InputItem item) => Assert.IsType<SourceItem>(item).Source;

    private static byte[] Gzip(string text)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return compressed.ToArray();
    }

    private static Encoding CodePages1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}

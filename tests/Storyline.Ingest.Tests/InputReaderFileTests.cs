using System.Text;
using Storyline.Core.Extraction;
using Storyline.Ingest.Tests.Support;

namespace Storyline.Ingest.Tests;

public sealed class InputReaderFileTests : IDisposable
{
    private const string Page = "<!DOCTYPE html><html><head><title>Ferry returns</title></head><body><p>The ferry to Port Ellis resumed on Tuesday.</p></body></html>";
    private const string Story = "PORT ELLIS - The ferry resumed service on Tuesday after a week of storms.";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Folder_is_walked_recursively_in_sorted_order_and_typed_by_content()
    {
        _temp.Write("b/story.dat", Page);                      // HTML despite the extension
        _temp.Write("a.txt", Story);
        _temp.Write("b/nested/notes.html", Story);             // plain text despite the extension
        _temp.Write("c.bin", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
        _temp.WriteGzip("d.gz", Page);
        _temp.Write(".hidden", Story);

        var items = await Read.AllAsync(Read.LocalOptions, _temp.Path);

        Assert.Equal(
            ["a.txt", "b/nested/notes.html", "b/story.dat", "c.bin", "d.gz"],
            items.Select(i => Path.GetRelativePath(_temp.Path, i.Origin).Replace('\\', '/')));
        Assert.Equal(SourceFormat.PlainText, Source(items[0]).Format);
        Assert.Equal(SourceFormat.PlainText, Source(items[1]).Format);
        Assert.Equal(SourceFormat.Html, Source(items[2]).Format);
        Assert.Equal("binary content (not text)", Assert.IsType<FailedItem>(items[3]).Problem);
        Assert.Equal(Page, Source(items[4]).Content);
        Assert.StartsWith("file:///", Source(items[0]).Url);
    }

    [Fact]
    public async Task Gzip_is_typed_by_magic_bytes_and_sniffed_again_after_decompression()
    {
        var jsonl = _temp.WriteGzip("archive.bin", "{\"title\":\"One\",\"text\":\"First story.\"}\n{\"title\":\"Two\",\"html\":\"<p>Second</p>\"}\n");
        var text = _temp.WriteGzip("story.txt.gz", Story);
        var corrupt = _temp.Write("broken.gz", [0x1f, 0x8b, 8, 0, 1, 2, 3]);
        var whole = File.ReadAllBytes(_temp.WriteGzip("whole.gz", Page + Page + Page));
        var truncated = _temp.Write("truncated.gz", whole[..^12]);

        var items = await Read.AllAsync(Read.LocalOptions, jsonl, text, corrupt, truncated);

        Assert.Equal([$"{jsonl}:1", $"{jsonl}:2", text, corrupt, truncated], items.Select(i => i.Origin));
        Assert.StartsWith("corrupt gzip data", Assert.IsType<FailedItem>(items[4]).Problem);
        Assert.Equal("One", Source(items[0]).Hints.Title);
        Assert.Equal(SourceFormat.Html, Source(items[1]).Format);
        Assert.Equal(Story, Source(items[2]).Content);
        Assert.StartsWith("corrupt gzip data", Assert.IsType<FailedItem>(items[3]).Problem);
    }

    [Fact]
    public async Task Gzip_bombs_are_stopped_at_the_size_limit()
    {
        var bomb = _temp.WriteGzip("bomb.gz", new string('a', 200_000));
        var items = await Read.AllAsync(Read.LocalOptions with { MaxBytes = 50_000 }, bomb);
        Assert.Equal("decompressed content is larger than the 48.8 KB limit", Assert.IsType<FailedItem>(Assert.Single(items)).Problem);
    }

    [Fact]
    public async Task Json_lines_bad_line_fails_alone_and_the_rest_continue()
    {
        var path = _temp.Write("batch.jsonl", """
            {"url":"https://harbour.example/a","title":"Ferry returns","html":"<p>Ferry</p>","published":"2020-03-03T14:05:00-05:00","outlet":"Harbour Gazette"}
            {"title": oops}
            {"title":"Council","text":"The council met."}
            """);

        var items = await Read.AllAsync(Read.LocalOptions, path);

        Assert.Equal([$"{path}:1", $"{path}:2", $"{path}:3"], items.Select(i => i.Origin));
        var first = Source(items[0]);
        Assert.Equal(new ArticleHints("Ferry returns", "Harbour Gazette", new DateTimeOffset(2020, 3, 3, 14, 5, 0, TimeSpan.FromHours(-5)), "input"), first.Hints);
        Assert.Equal("https://harbour.example/a", first.Url);
        Assert.StartsWith("invalid JSON", Assert.IsType<FailedItem>(items[1]).Problem);
        Assert.Equal(SourceFormat.PlainText, Source(items[2]).Format);
    }

    [Fact]
    public async Task Stdin_is_sniffed_like_a_file()
    {
        var html = await Read.AllAsync(Read.LocalOptions, new StringReader(Page), "-");
        Assert.Equal("stdin", Assert.Single(html).Origin);
        Assert.Equal(SourceFormat.Html, Source(html[0]).Format);

        var jsonl = await Read.AllAsync(Read.LocalOptions, new StringReader("{\"text\":\"a\"}\n{\"text\":\"b\"}"), "-");
        Assert.Equal(["stdin:1", "stdin:2"], jsonl.Select(i => i.Origin));

        var empty = await Read.AllAsync(Read.LocalOptions, new StringReader("  \n"), "-");
        Assert.Equal("empty input", Assert.IsType<FailedItem>(Assert.Single(empty)).Problem);
    }

    [Fact]
    public async Task Raw_stdin_bytes_are_sniffed_like_a_file()
    {
        var gzipped = File.ReadAllBytes(_temp.WriteGzip("page.gz", Page));
        var items = new List<InputItem>();
        await foreach (var item in new InputReader(Read.LocalOptions).ReadAsync(["-"], new MemoryStream(gzipped), CancellationToken.None))
        {
            items.Add(item);
        }

        Assert.Equal("stdin", Assert.Single(items).Origin);
        Assert.Equal(Page, Source(items[0]).Content);
        Assert.Equal(SourceFormat.Html, Source(items[0]).Format);
    }

    [Fact]
    public async Task Empty_missing_and_oversized_files_fail_with_clear_reasons()
    {
        var empty = _temp.Write("empty.html", string.Empty);
        var huge = Path.Combine(_temp.Path, "huge.html");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(52L * 1024 * 1024); // sparse: costs no disk and proves the file is never read whole
        }

        var missing = Path.Combine(_temp.Path, "missing.html");
        var items = await Read.AllAsync(Read.LocalOptions with { MaxBytes = 20 * 1024 * 1024 }, empty, huge, missing, _temp.Write("ok.txt", Story));

        Assert.Equal([empty, huge, missing], items.Take(3).Select(i => i.Origin));
        Assert.Equal("empty file", Assert.IsType<FailedItem>(items[0]).Problem);
        Assert.Equal("file is 52 MB, larger than the 20 MB limit", Assert.IsType<FailedItem>(items[1]).Problem);
        Assert.Equal("no such file or folder", Assert.IsType<FailedItem>(items[2]).Problem);
        Assert.IsType<SourceItem>(items[3]);
    }

    [Fact]
    public async Task Unreadable_file_fails_with_permission_denied()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = _temp.Write("secret.html", Page);
        File.SetUnixFileMode(path, UnixFileMode.None);
        var canStillRead = CanOpen(path); // root ignores file modes, so the failure cannot be provoked there

        var item = Assert.Single(await Read.AllAsync(Read.LocalOptions, path));

        if (canStillRead)
        {
            Assert.IsType<SourceItem>(item);
        }
        else
        {
            Assert.Equal("permission denied", Assert.IsType<FailedItem>(item).Problem);
        }
    }

    [Fact]
    public async Task Legacy_encoded_file_without_declaration_is_decoded_as_windows_1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = _temp.Write("legacy.txt", Encoding.GetEncoding(1252).GetBytes("The café’s “reopening” – at last."));
        var item = Assert.Single(await Read.AllAsync(Read.LocalOptions, path));
        Assert.Equal("The café’s “reopening” – at last.", Source(item).Content);
    }

    [Fact]
    public async Task Feed_file_without_links_uses_the_item_content()
    {
        var path = _temp.Write("feed.xml", """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour Gazette</title>
              <item><title>Inline story</title><pubDate>Tue, 03 Mar 2020 14:05:00 EST</pubDate><content:encoded><![CDATA[<p>Full inline story.</p>]]></content:encoded></item>
              <item><title>Teaser only</title><description>Read more...</description></item>
            </channel></rss>
            """);

        var items = await Read.AllAsync(Read.LocalOptions, path);

        Assert.Equal([$"{path}#item1 (feed content)", $"{path}#item2"], items.Select(i => i.Origin));
        var inline = Source(items[0]);
        Assert.Equal("<p>Full inline story.</p>", inline.Content);
        Assert.Equal(new ArticleHints("Inline story", "Harbour Gazette", new DateTimeOffset(2020, 3, 3, 14, 5, 0, TimeSpan.FromHours(-5)), "feed"), inline.Hints);
        Assert.Equal("feed item has no usable link and no full content", Assert.IsType<FailedItem>(items[1]).Problem);
    }

    private static SourceDocument Source(InputItem item) => Assert.IsType<SourceItem>(item).Source;

    private static bool CanOpen(string path)
    {
        try
        {
            File.OpenRead(path).Dispose();
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}

using Storyline.Core.Extraction;
using Storyline.Ingest.Feeds;
using Storyline.Ingest.Fetching;

namespace Storyline.Ingest;

/// <summary>
/// The work of one <see cref="InputReader.ReadAsync"/> call: reading each kind of input and
/// interpreting its bytes by content (gzip, binary, HTML, text, JSON Lines, feed).
/// </summary>
internal sealed class InputRun(IngestOptions options, CancellationToken cancellationToken) : IDisposable
{
    /// <summary>Below this, a feed description is a teaser rather than the article.</summary>
    public const int MinFallbackSummaryWords = 100;

    private const int MaxGzipNesting = 2;

    private HttpFetcher? _fetcher;

    /// <summary>Created on first use, so runs over local files never open a socket.</summary>
    private HttpFetcher Fetcher => _fetcher ??= new HttpFetcher(options);

    public void Dispose() => _fetcher?.Dispose();

    public async IAsyncEnumerable<InputItem> ReadStdinAsync(TextReader? stdin)
    {
        const string origin = "stdin";
        if (stdin is null)
        {
            yield return new FailedItem(origin, "no standard input available");
            yield break;
        }

        string text;
        string? problem = null;
        try
        {
            text = await BoundedReader.ReadAllAsync(stdin, options.MaxBytes, origin, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InputTooLargeException or IOException)
        {
            text = string.Empty;
            problem = e.Message;
        }

        var items = problem is null
            ? InterpretTextAsync(text, origin, null, ArticleHints.None, "input", nested: false)
            : Single(new FailedItem(origin, problem));
        await foreach (var item in items.ConfigureAwait(false))
        {
            yield return item;
        }
    }

    /// <summary>Raw standard input gets the same byte-level treatment as a file: gzip, charset, binary detection.</summary>
    public async IAsyncEnumerable<InputItem> ReadStdinAsync(Stream? stdin)
    {
        const string origin = "stdin";
        if (stdin is null)
        {
            yield return new FailedItem(origin, "no standard input available");
            yield break;
        }

        byte[] bytes;
        string? problem = null;
        try
        {
            bytes = await BoundedReader.ReadAllAsync(stdin, options.MaxBytes, origin, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InputTooLargeException or IOException)
        {
            bytes = [];
            problem = e.Message;
        }

        var items = problem is null
            ? InterpretBytesAsync(bytes, origin, null, null, ArticleHints.None, "input", nested: false, gzipDepth: 0)
            : Single(new FailedItem(origin, problem));
        await foreach (var item in items.ConfigureAwait(false))
        {
            yield return item;
        }
    }

    public async IAsyncEnumerable<InputItem> ReadPathAsync(string path)
    {
        if (!Directory.Exists(path))
        {
            await foreach (var item in ReadFileAsync(path).ConfigureAwait(false))
            {
                yield return item;
            }

            yield break;
        }

        foreach (var (file, problem) in FolderWalker.Walk(path))
        {
            var items = problem is null ? ReadFileAsync(file) : Single(new FailedItem(file, problem));
            await foreach (var item in items.ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    public async IAsyncEnumerable<InputItem> ReadUrlAsync(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address))
        {
            yield return new FailedItem(url, "not a valid URL");
            yield break;
        }

        await foreach (var item in FetchAndInterpretAsync(address, url, ArticleHints.None, nested: false).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    private async IAsyncEnumerable<InputItem> ReadFileAsync(string path)
    {
        var (bytes, problem) = await LoadFileAsync(path).ConfigureAwait(false);
        var items = problem is not null
            ? Single(new FailedItem(path, problem))
            : InterpretBytesAsync(bytes!, path, new Uri(Path.GetFullPath(path)).AbsoluteUri, null, ArticleHints.None, "file", nested: false, gzipDepth: 0);
        await foreach (var item in items.ConfigureAwait(false))
        {
            yield return item;
        }
    }

    private async Task<(byte[]? Bytes, string? Problem)> LoadFileAsync(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return (null, "no such file or folder");
            }

            if (info.Length > options.MaxBytes)
            {
                return (null, ByteSize.TooLarge("file", info.Length, options.MaxBytes));
            }

            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                // Bounded even after the size check: the file may grow, or be a device or pipe.
                return (await BoundedReader.ReadAllAsync(stream, options.MaxBytes, "file", cancellationToken).ConfigureAwait(false), null);
            }
        }
        catch (UnauthorizedAccessException)
        {
            return (null, "permission denied");
        }
        catch (Exception e) when (e is IOException or InputTooLargeException or NotSupportedException or ArgumentException)
        {
            return (null, e.Message);
        }
    }

    private async IAsyncEnumerable<InputItem> FetchAndInterpretAsync(Uri address, string origin, ArticleHints hints, bool nested)
    {
        var (resource, problem) = await TryFetchAsync(address).ConfigureAwait(false);
        var items = resource is null
            ? Single(new FailedItem(origin, problem!))
            : InterpretBytesAsync(resource.Body, origin, resource.Url.AbsoluteUri, resource.Charset, hints, "response", nested, gzipDepth: 0);
        await foreach (var item in items.ConfigureAwait(false))
        {
            yield return item;
        }
    }

    private async Task<(FetchedResource? Resource, string? Problem)> TryFetchAsync(Uri address)
    {
        try
        {
            return (await Fetcher.FetchAsync(address, cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception e) when (e is FetchFailedException or InputTooLargeException)
        {
            return (null, e.Message);
        }
    }

    private async IAsyncEnumerable<InputItem> InterpretBytesAsync(
        byte[] bytes, string origin, string? url, string? httpCharset, ArticleHints hints, string what, bool nested, int gzipDepth)
    {
        if (bytes.Length == 0)
        {
            yield return new FailedItem(origin, $"empty {what}");
            yield break;
        }

        if (GzipInput.IsGzip(bytes))
        {
            byte[]? inflated = null;
            string? problem = gzipDepth >= MaxGzipNesting ? "gzip nested too deeply" : null;
            try
            {
                inflated = problem is null ? await GzipInput.DecompressAsync(bytes, options.MaxBytes, cancellationToken).ConfigureAwait(false) : null;
            }
            catch (Exception e) when (e is InvalidDataException or InputTooLargeException)
            {
                problem = e is InvalidDataException ? $"corrupt gzip data ({e.Message})" : e.Message;
            }

            var items = inflated is null
                ? Single(new FailedItem(origin, problem!))
                : InterpretBytesAsync(inflated, origin, url, null, hints, "file (after decompression)", nested, gzipDepth + 1);
            await foreach (var item in items.ConfigureAwait(false))
            {
                yield return item;
            }

            yield break;
        }

        var decoded = TextDecoder.Decode(bytes, httpCharset);
        await foreach (var item in InterpretTextAsync(decoded.Text, origin, url, hints, what, nested).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    private async IAsyncEnumerable<InputItem> InterpretTextAsync(string text, string origin, string? url, ArticleHints hints, string what, bool nested)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield return new FailedItem(origin, $"empty {what}");
            yield break;
        }

        if (BinaryDetector.LooksBinary(text))
        {
            yield return new FailedItem(origin, "binary content (not text)");
            yield break;
        }

        switch (ContentSniffer.Sniff(text))
        {
            case ContentKind.Html:
                yield return new SourceItem(origin, new SourceDocument(text, SourceFormat.Html, url, hints));
                break;
            case ContentKind.PlainText:
                yield return new SourceItem(origin, new SourceDocument(text, SourceFormat.PlainText, url, hints));
                break;
            case ContentKind.JsonLines when nested:
                yield return new FailedItem(origin, "links to JSON Lines, not to a page");
                break;
            case ContentKind.JsonLines:
                foreach (var row in JsonLinesReader.Default.Read(text, origin))
                {
                    await foreach (var item in RowAsync(row).ConfigureAwait(false))
                    {
                        yield return item;
                    }
                }

                break;
            case ContentKind.Feed when nested:
                yield return new FailedItem(origin, "links to a feed, not to a page");
                break;
            case ContentKind.Feed:
                await foreach (var item in FeedAsync(text, origin, url).ConfigureAwait(false))
                {
                    yield return item;
                }

                break;
        }
    }

    private IAsyncEnumerable<InputItem> RowAsync(JsonLinesRow row)
    {
        if (row.Problem is not null)
        {
            return Single(new FailedItem(row.Origin, row.Problem));
        }

        if (row.Html is not null)
        {
            return Single(new SourceItem(row.Origin, new SourceDocument(row.Html, SourceFormat.Html, row.Url, row.Hints)));
        }

        return row.Text is not null
            ? Single(new SourceItem(row.Origin, new SourceDocument(row.Text, SourceFormat.PlainText, row.Url, row.Hints)))
            : FetchAndInterpretAsync(new Uri(row.Url!), row.Origin, row.Hints, nested: true);
    }

    private async IAsyncEnumerable<InputItem> FeedAsync(string xml, string origin, string? url)
    {
        Feed feed;
        string? problem = null;
        try
        {
            feed = FeedParser.Default.Parse(xml, url is null ? null : new Uri(url));
        }
        catch (FormatException e)
        {
            feed = new Feed(null, []);
            problem = e.Message;
        }

        if (problem is not null || feed.Items.Count == 0)
        {
            yield return new FailedItem(origin, problem ?? "feed has no items");
            yield break;
        }

        for (var i = 0; i < feed.Items.Count; i++)
        {
            var entry = feed.Items[i];
            var hints = new ArticleHints(entry.Title, feed.Title, entry.Published, entry.Published is null ? null : "feed");
            var fallback = FallbackContent(entry);
            if (entry.Link is null || !Uri.TryCreate(entry.Link, UriKind.Absolute, out var link))
            {
                var itemOrigin = entry.Link ?? $"{origin}#item{i + 1}";
                yield return fallback is null
                    ? new FailedItem(itemOrigin, "feed item has no usable link and no full content")
                    : new SourceItem($"{itemOrigin} (feed content)", new SourceDocument(fallback, SourceFormat.Html, entry.Link, hints));
                continue;
            }

            await foreach (var item in FetchAndInterpretAsync(link, entry.Link, hints, nested: true).ConfigureAwait(false))
            {
                yield return item is FailedItem failed && fallback is not null
                    ? new SourceItem($"{entry.Link} (feed content; page: {failed.Problem})", new SourceDocument(fallback, SourceFormat.Html, entry.Link, hints))
                    : item;
            }
        }
    }

    private static string? FallbackContent(FeedItem item)
    {
        if (!string.IsNullOrWhiteSpace(item.FullContentHtml))
        {
            return item.FullContentHtml;
        }

        return item.SummaryHtml is { } summary && WordCount(summary) >= MinFallbackSummaryWords ? summary : null;
    }

    private static int WordCount(string html)
    {
        var words = 0;
        var inTag = false;
        var inWord = false;
        foreach (var c in html)
        {
            inTag = c == '<' || (inTag && c != '>');
            var wordChar = !inTag && c != '>' && !char.IsWhiteSpace(c);
            if (wordChar && !inWord)
            {
                words++;
            }

            inWord = wordChar;
        }

        return words;
    }

    private static async IAsyncEnumerable<InputItem> Single(InputItem item)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return item;
    }
}

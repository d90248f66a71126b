using System.Xml;
using System.Xml.Linq;

namespace Storyline.Ingest.Feeds;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom with System.Xml, DTDs prohibited and no resolver, so a
/// feed can neither expand entities nor make us fetch anything. Relative links are resolved
/// against the feed's own address.
/// </summary>
public sealed class FeedParser(FeedDateParser dates)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    public static FeedParser Default { get; } = new(FeedDateParser.Default);

    /// <exception cref="FormatException">The text is not well-formed XML or not a feed.</exception>
    public Feed Parse(string xml, Uri? baseUrl)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FormatException($"malformed feed XML: {e.Message}", e);
        }

        var root = document.Root ?? throw new FormatException("empty feed document");
        return root.Name.LocalName switch
        {
            "rss" => ParseRss2(root, baseUrl),
            "RDF" => ParseRss1(root, baseUrl),
            "feed" => ParseAtom(root, baseUrl),
            var other => throw new FormatException($"<{other}> is not an RSS or Atom feed root"),
        };
    }

    private Feed ParseRss2(XElement root, Uri? baseUrl)
    {
        var channel = root.Element("channel") ?? throw new FormatException("RSS feed has no <channel>");
        var items = channel.Elements("item").Select(item => RssItem(item, XNamespace.None, baseUrl)).ToList();
        return new Feed(Text(channel.Element("title")), items);
    }

    private Feed ParseRss1(XElement root, Uri? baseUrl)
    {
        var channel = root.Element(Rss10 + "channel");
        var items = root.Elements(Rss10 + "item").Select(item => RssItem(item, Rss10, baseUrl)).ToList();
        return new Feed(Text(channel?.Element(Rss10 + "title")), items);
    }

    private FeedItem RssItem(XElement item, XNamespace ns, Uri? baseUrl)
    {
        var link = Text(item.Element(ns + "link"));
        if (link is null && item.Element(ns + "guid") is { } guid && (string?)guid.Attribute("isPermaLink") != "false")
        {
            link = Text(guid);
        }

        var dateText = Text(item.Element(ns + "pubDate")) ?? Text(item.Element(DublinCore + "date"));
        return new FeedItem(
            Text(item.Element(ns + "title")),
            Resolve(link, baseUrl),
            dates.Parse(dateText),
            dateText,
            Text(item.Element(Content + "encoded")),
            Text(item.Element(ns + "description")));
    }

    private Feed ParseAtom(XElement root, Uri? baseUrl)
    {
        var items = root.Elements(Atom + "entry").Select(entry =>
        {
            var links = entry.Elements(Atom + "link").ToList();
            var link = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
            var dateText = Text(entry.Element(Atom + "published")) ?? Text(entry.Element(Atom + "updated"));
            return new FeedItem(
                Text(entry.Element(Atom + "title")),
                Resolve((string?)link?.Attribute("href"), baseUrl),
                dates.Parse(dateText),
                dateText,
                AtomHtml(entry.Element(Atom + "content")),
                AtomHtml(entry.Element(Atom + "summary")));
        }).ToList();
        return new Feed(Text(root.Element(Atom + "title")), items);
    }

    /// <summary>Atom text constructs: type="xhtml" holds markup as child elements, text and html hold a string.</summary>
    private static string? AtomHtml(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        if ((string?)element.Attribute("type") == "xhtml")
        {
            var markup = string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            return string.IsNullOrWhiteSpace(markup) ? null : markup;
        }

        var text = Text(element);
        return text is not null && (string?)element.Attribute("type") is null or "text"
            ? System.Net.WebUtility.HtmlEncode(text)
            : text;
    }

    private static string? Text(XElement? element)
    {
        var value = element?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static string? Resolve(string? link, Uri? baseUrl)
    {
        if (link is null)
        {
            return null;
        }

        // "/path" parses as an absolute file: URI on Unix, so only scheme-qualified links count as absolute.
        if (!link.StartsWith('/') && Uri.TryCreate(link, UriKind.Absolute, out var absolute))
        {
            return absolute.AbsoluteUri;
        }

        return baseUrl is not null && Uri.TryCreate(baseUrl, link, out var resolved) ? resolved.AbsoluteUri : link;
    }
}

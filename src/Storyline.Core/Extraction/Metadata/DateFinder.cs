using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Storyline.Core.Time;

namespace Storyline.Core.Extraction.Metadata;

/// <summary>
/// Publication and update times from, strongest first: JSON-LD, meta tags, &lt;time&gt; elements in the
/// article or byline, the URL path, and visible dateline text. Dates in the future or before the web
/// are page junk (script templates, copyright years) and are ignored.
/// </summary>
public sealed partial class DateFinder(DateTextParser parser, TimeProvider clock)
{
    private const int MaxDatelineLength = 200;

    /// <summary>Appended to <see cref="DateFinding.PublishedSource"/> when the page gave no offset ("meta (no offset)").</summary>
    public const string WallTimeSuffix = " (no offset)";

    private static readonly DateTimeOffset Earliest = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] PublishedMetaKeys =
    [
        "article:published_time", "og:article:published_time", "article:published", "published_time", "og:published_time",
        "datepublished", "date_published", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
        "article.published", "article_date_original", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
        "dcterms.created", "dc.date.created", "parsely-pub-date", "sailthru.date", "citation_publication_date",
        "citation_date", "originalpublicationdate", "og:pubdate", "bt:pubdate", "article.created", "date", "timestamp",
    ];

    private static readonly string[] UpdatedMetaKeys =
    [
        "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified", "date_modified",
        "dc.date.modified", "dcterms.modified", "article.updated", "updated_time", "last-modified", "lastmod", "revised",
    ];

    public DateFinding Find(IDocument page, MetaTagIndex meta, JsonLdArticle jsonLd, string? url, string? canonicalUrl)
    {
        var updated = Valid(parser.Parse(jsonLd.DateModified)) ?? FirstMeta(meta, UpdatedMetaKeys);
        var candidates = new List<(ParsedDateTime Date, string Source)>();
        Add(candidates, Valid(parser.Parse(jsonLd.DatePublished)), "json-ld");
        Add(candidates, FirstMeta(meta, PublishedMetaKeys) ?? ParselyPage(meta), "meta");
        var (timePublished, timeUpdated) = FromTimeElements(page);
        Add(candidates, timePublished, "time");
        updated ??= timeUpdated;
        if (!candidates.Any(candidate => candidate.Date.HasOffset && candidate.Date.HasTime))
        {
            // The weaker sources only matter when no complete date was declared; scanning visible text is the costliest step.
            Add(candidates, Valid(UrlDateParser.Parse(canonicalUrl)) ?? Valid(UrlDateParser.Parse(url)), "url");
            var (textPublished, textUpdated) = FromDatelines(page, relative: false);
            Add(candidates, textPublished, "text");
            updated ??= textUpdated;
        }

        if (candidates.Count == 0)
        {
            // "5 hours ago" is only as good as the time the page was read: used when nothing absolute is written.
            var (relativePublished, relativeUpdated) = FromDatelines(page, relative: true);
            updated ??= relativeUpdated;
            return relativePublished is null
                ? new DateFinding(null, updated?.Value, null)
                : new DateFinding(relativePublished.Value, updated?.Value, "text");
        }

        var chosen = candidates[0];
        if (!chosen.Date.HasOffset || !chosen.Date.HasTime)
        {
            // A weaker source often has the same day with the time and zone the stronger one left out.
            foreach (var other in candidates.Skip(1))
            {
                if (other.Date.HasTime && other.Date.HasOffset && SameDay(chosen.Date, other.Date))
                {
                    chosen = other;
                    break;
                }
            }
        }

        // The value of a date written without a zone is its wall time at +00:00; say so, so later stages do not treat it as an instant.
        var source = chosen.Date.HasOffset ? chosen.Source : chosen.Source + WallTimeSuffix;
        return new DateFinding(chosen.Date.Value, updated?.Value, source);
    }

    private static bool SameDay(ParsedDateTime wall, ParsedDateTime other) =>
        wall.Value.Date == other.Value.Date || wall.Value.Date == other.Value.ToOffset(wall.Value.Offset).Date;

    private static void Add(List<(ParsedDateTime Date, string Source)> candidates, ParsedDateTime? date, string source)
    {
        if (date is not null)
        {
            candidates.Add((date, source));
        }
    }

    private ParsedDateTime? FirstMeta(MetaTagIndex meta, string[] keys)
    {
        foreach (var key in keys)
        {
            foreach (var value in meta.All(key))
            {
                if (Valid(parser.Parse(value)) is { } date)
                {
                    return date;
                }
            }
        }

        return null;
    }

    /// <summary>Parse.ly's JSON-in-a-meta: &lt;meta name="parsely-page" content='{"pub_date": "..."}'&gt;.</summary>
    private ParsedDateTime? ParselyPage(MetaTagIndex meta)
    {
        var json = meta.First("parsely-page");
        if (json is null)
        {
            return null;
        }

        var match = ParselyPubDate().Match(json);
        return match.Success ? Valid(parser.Parse(match.Groups[1].Value)) : null;
    }

    private (ParsedDateTime? Published, ParsedDateTime? Updated) FromTimeElements(IDocument page)
    {
        ParsedDateTime? best = null;
        var bestRank = int.MaxValue;
        ParsedDateTime? updated = null;
        foreach (var element in ElementScan.Where(page, IsTimeMarkup).Take(60))
        {
            if (element.TagName is "META")
            {
                continue;
            }

            var raw = element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? MetadataText.BoundedText(element, MaxDatelineLength);
            if (raw is null || Valid(parser.Parse(raw)) is not { } date)
            {
                continue;
            }

            var marker = Marker(element);
            if (element.GetAttribute("itemprop") is { } prop && prop.Contains("dateModified", StringComparison.OrdinalIgnoreCase)
                || marker.Contains("updat", StringComparison.Ordinal) || marker.Contains("modif", StringComparison.Ordinal))
            {
                updated ??= date;
                continue;
            }

            var rank = Rank(element, marker);
            if (rank < 0)
            {
                continue;
            }

            if (rank < bestRank)
            {
                best = date;
                bestRank = rank;
            }
        }

        return (best, updated);
    }

    /// <summary>Lower is better; negative means the element is in comments or other page furniture.</summary>
    private static int Rank(IElement element, string marker)
    {
        if (element.HasAttribute("pubdate") || (element.GetAttribute("itemprop") ?? string.Empty).Contains("datePublished", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        if (marker.Contains("publish", StringComparison.Ordinal) || marker.Contains("posted", StringComparison.Ordinal))
        {
            return 1;
        }

        var depth = 0;
        for (var ancestor = element.ParentElement; ancestor is not null && depth < 15; ancestor = ancestor.ParentElement, depth++)
        {
            var ancestorMarker = Marker(ancestor);
            if (ancestorMarker.Contains("comment", StringComparison.Ordinal) || ancestor.TagName is "ASIDE" or "NAV" or "FOOTER"
                || ancestorMarker.Contains("footer", StringComparison.Ordinal)
                || ancestorMarker.Contains("related", StringComparison.Ordinal) || ancestorMarker.Contains("sidebar", StringComparison.Ordinal))
            {
                return -1;
            }

            if (ancestorMarker.Contains("byline", StringComparison.Ordinal) || ancestorMarker.Contains("dateline", StringComparison.Ordinal)
                || ancestorMarker.Contains("meta", StringComparison.Ordinal) || ancestor.TagName is "HEADER")
            {
                return 2;
            }

            if (ancestor.TagName is "ARTICLE" or "MAIN")
            {
                return 3;
            }
        }

        return 4;
    }

    private (ParsedDateTime? Published, ParsedDateTime? Updated) FromDatelines(IDocument page, bool relative)
    {
        ParsedDateTime? published = null;
        ParsedDateTime? updated = null;
        foreach (var element in ElementScan.Where(page, IsDatelineCandidate).Take(80))
        {
            if (element.TagName is "SCRIPT" or "STYLE" or "META" or "LINK" or "BODY" or "HTML")
            {
                continue;
            }

            if (MetadataText.BoundedText(element, MaxDatelineLength) is not { } text)
            {
                continue;
            }

            var found = relative ? parser.FindRelative(text, clock.GetUtcNow()) : parser.Find(text);
            if (Valid(found) is not { } date)
            {
                continue;
            }

            if (UpdateWords().IsMatch(text) && !text.Contains("published", StringComparison.OrdinalIgnoreCase)
                || Marker(element).Contains("updat", StringComparison.Ordinal) || Marker(element).Contains("lastmod", StringComparison.Ordinal))
            {
                updated ??= date;
                continue;
            }

            if (Rank(element, Marker(element)) < 0)
            {
                continue;
            }

            published ??= date;
            if (published is not null && updated is not null)
            {
                break;
            }
        }

        return (published, updated);
    }

    /// <summary>As the selector "time, [itemprop~=datePublished], [itemprop~=dateModified]".</summary>
    private static bool IsTimeMarkup(IElement element) =>
        element.LocalName == "time"
        || ElementScan.HasWord(element, "itemprop", "datePublished")
        || ElementScan.HasWord(element, "itemprop", "dateModified");

    /// <summary>
    /// As the selector "[class*=date], [id*=date], [class*=time], [class*=byline], [class*=publish], [class*=posted],
    /// [class*=meta], [class*=author]" ("dateline" is covered by "date").
    /// </summary>
    private static bool IsDatelineCandidate(IElement element)
    {
        if (ElementScan.Contains(element, "id", "date", StringComparison.Ordinal))
        {
            return true;
        }

        var classes = ElementAttributes.Value(element, "class");
        return classes is not null
            && (classes.Contains("date", StringComparison.Ordinal) || classes.Contains("time", StringComparison.Ordinal)
                || classes.Contains("byline", StringComparison.Ordinal) || classes.Contains("publish", StringComparison.Ordinal)
                || classes.Contains("posted", StringComparison.Ordinal) || classes.Contains("meta", StringComparison.Ordinal)
                || classes.Contains("author", StringComparison.Ordinal));
    }

    private static string Marker(IElement element) =>
        ((element.ClassName ?? string.Empty) + " " + (element.Id ?? string.Empty)).ToLowerInvariant();

    private ParsedDateTime? Valid(ParsedDateTime? date)
    {
        if (date is null || date.Value < Earliest)
        {
            return null;
        }

        // Wall times without an offset may be up to 14 hours ahead of UTC without being in the future.
        return date.Value > clock.GetUtcNow().AddDays(1) ? null : date;
    }

    [GeneratedRegex(@"\b(?:updated|modified|edited|revised|aktualisiert|mis à jour|actualizado)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateWords();

    [GeneratedRegex("\"pub_date\"\\s*:\\s*\"([^\"]{4,40})\"", RegexOptions.CultureInvariant)]
    private static partial Regex ParselyPubDate();
}

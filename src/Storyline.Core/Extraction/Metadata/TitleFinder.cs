using System.Collections.Immutable;
using AngleSharp.Dom;

namespace Storyline.Core.Extraction.Metadata;

/// <summary>The headline, and the site name when the page title carries one ("Headline | The Outlet").</summary>
public sealed record TitleFinding(string? Title, string? SiteNameFromTitle);

/// <summary>
/// Chooses the headline among og:title, JSON-LD headline, other title metas, h1 and &lt;title&gt;,
/// preferring the candidate most others agree with, and strips the outlet's name off it.
/// </summary>
public static class TitleFinder
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " / ", " _ ", "_", " ｜ ", ": "];

    public static TitleFinding Find(IDocument page, MetaTagIndex meta, JsonLdArticle jsonLd, IReadOnlyList<string> siteNames)
    {
        var documentTitle = MetadataText.Clean(page.QuerySelector("head > title, title")?.TextContent);
        var metaTitles = new List<string>();
        foreach (var raw in (string?[])[jsonLd.Headline, meta.First("dc:title", "dcterm:title", "dc.title", "dcterms.title"), meta.First("og:title"), meta.First("twitter:title"), meta.First("parsely-title"), meta.First("sailthru.title"), meta.First("headline", "title")])
        {
            if (MetadataText.Clean(raw) is { } cleaned && !metaTitles.Contains(cleaned, StringComparer.Ordinal))
            {
                metaTitles.Add(cleaned);
            }
        }

        var headings = ElementScan.Where(page, element => element.LocalName == "h1").Take(4)
            .Select(h1 => MetadataText.Clean(h1.TextContent))
            .OfType<string>()
            .Where(text => text.Length is >= 2 and <= 300)
            .ToImmutableArray();

        var siteKeys = siteNames.Select(MetadataText.Key).Where(key => key.Length > 0).Distinct().ToArray();

        // Each candidate remembers the raw text it came from, so it does not count as agreeing with itself.
        var candidates = new List<(string Title, string Source)>();
        candidates.AddRange(metaTitles.Select(raw => (StripSiteName(raw, siteKeys), raw)));
        if (documentTitle is not null)
        {
            candidates.Add((FromDocumentTitle(documentTitle, headings, siteKeys), documentTitle));
        }

        candidates.AddRange(headings.Select(heading => (heading, heading)));
        if (candidates.Count == 0)
        {
            return new TitleFinding(null, null);
        }

        var sources = metaTitles.Concat(documentTitle is null ? [] : [documentTitle]).Concat(headings).Distinct(StringComparer.Ordinal).ToArray();
        var title = candidates
            .Select((candidate, priority) => (candidate.Title, priority, score: Agreement(candidate.Title, candidate.Source, sources)))
            .OrderByDescending(scored => scored.score)
            .ThenBy(scored => scored.priority)
            .First().Title;

        return new TitleFinding(title, documentTitle is null ? null : SiteNameAround(documentTitle, title));
    }

    /// <summary>How many other title sources say the same: equal, or carry it as a separated part, or contain a long enough candidate.</summary>
    private static int Agreement(string candidate, string ownSource, string[] sources)
    {
        var key = MetadataText.Key(candidate);
        var score = 0;
        foreach (var source in sources)
        {
            if (ReferenceEquals(source, ownSource) || source == ownSource)
            {
                continue;
            }

            var other = MetadataText.Key(source);
            if (other == key || IsSeparatedPart(other, key) || (key.Length >= 15 && other.Contains(key, StringComparison.Ordinal)))
            {
                score++;
            }
        }

        return score;
    }

    private static string FromDocumentTitle(string documentTitle, ImmutableArray<string> headings, string[] siteKeys)
    {
        var stripped = StripSiteName(documentTitle, siteKeys);
        foreach (var heading in headings)
        {
            var headingKey = MetadataText.Key(heading);
            if (headingKey == MetadataText.Key(stripped) || headingKey == MetadataText.Key(documentTitle))
            {
                return heading;
            }
        }

        foreach (var heading in headings)
        {
            if (IsSeparatedPart(MetadataText.Key(documentTitle), MetadataText.Key(heading)))
            {
                return heading;
            }
        }

        if (!ReferenceEquals(stripped, documentTitle) && stripped != documentTitle)
        {
            return stripped;
        }

        // No site name known and nothing to agree with: drop the last separated part when what is left still reads as a headline.
        foreach (var separator in Separators.Take(Separators.Length - 1))
        {
            var cut = documentTitle.LastIndexOf(separator, StringComparison.Ordinal);
            if (cut > 0)
            {
                var head = documentTitle[..cut].Trim();
                var tail = documentTitle[(cut + separator.Length)..].Trim();
                if (WordCount(head) >= 3 && WordCount(tail) <= 5)
                {
                    return head;
                }
            }
        }

        return documentTitle;
    }

    /// <summary>Removes leading or trailing parts that are the outlet's name, keeping at least the headline.</summary>
    public static string StripSiteName(string title, IReadOnlyCollection<string> siteKeys)
    {
        if (siteKeys.Count == 0)
        {
            return title;
        }

        var current = title;
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var separator in Separators)
            {
                var last = current.LastIndexOf(separator, StringComparison.Ordinal);
                if (last > 0 && IsSite(current[(last + separator.Length)..], siteKeys))
                {
                    current = current[..last].Trim();
                    changed = true;
                    break;
                }

                var first = current.IndexOf(separator, StringComparison.Ordinal);
                if (first > 0 && first + separator.Length < current.Length && IsSite(current[..first], siteKeys))
                {
                    current = current[(first + separator.Length)..].Trim();
                    changed = true;
                    break;
                }
            }
        }

        return current.Length == 0 ? title : current;
    }

    private static bool IsSite(string part, IReadOnlyCollection<string> siteKeys)
    {
        var key = MetadataText.Key(part);
        if (key.Length == 0)
        {
            return false;
        }

        foreach (var site in siteKeys)
        {
            if (key == site || Compact(key) == Compact(site)
                || (WordCount(key) <= 4 && (site.StartsWith(key + " ", StringComparison.Ordinal) || key.StartsWith(site + " ", StringComparison.Ordinal) || key.StartsWith(site + ".", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    private static string Compact(string key) =>
        string.Concat(key.Where(char.IsLetterOrDigit)).Replace("the", string.Empty, StringComparison.Ordinal);

    /// <summary>The outer part of the page title left over once the headline is taken out.</summary>
    private static string? SiteNameAround(string documentTitle, string title)
    {
        var titleKey = MetadataText.Key(title);
        var documentKey = MetadataText.Key(documentTitle);
        if (titleKey.Length == 0 || documentKey == titleKey)
        {
            return null;
        }

        var segments = TitleSplitter.Segments(documentTitle);
        if (segments.Length < 2)
        {
            return null;
        }

        if (documentKey.StartsWith(titleKey, StringComparison.Ordinal))
        {
            return ShortName(segments[^1]);
        }

        if (documentKey.EndsWith(titleKey, StringComparison.Ordinal))
        {
            return ShortName(segments[0]);
        }

        return null;
    }

    private static string? ShortName(string segment) => WordCount(segment) is >= 1 and <= 5 ? segment : null;

    private static bool IsSeparatedPart(string whole, string part)
    {
        if (part.Length < 4 || whole.Length <= part.Length)
        {
            return false;
        }

        foreach (var separator in Separators)
        {
            if (whole.StartsWith(part + separator.TrimEnd(), StringComparison.Ordinal) || whole.EndsWith(separator.TrimStart() + part, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    internal static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}

using System.Collections.Immutable;
using AngleSharp.Dom;

namespace Storyline.Core.Extraction.Metadata;

/// <summary>
/// The people credited with the article. Sources are tried strongest first (JSON-LD persons, author
/// metas, rel/itemprop=author, byline elements) and the first that names at least one person wins,
/// so a weak source never adds noise to a strong one.
/// </summary>
public static class AuthorFinder
{
    private const int MaxBylineLength = 200;

    private static readonly string[] AuthorMetaKeys =
        ["author", "dc.creator", "dcterms.creator", "dc:creator", "dcterm:creator", "parsely-author", "sailthru.author", "article:author", "og:article:author", "byl", "citation_author", "cxenseparse:author"];

    public static ImmutableArray<string> Find(IDocument page, MetaTagIndex meta, JsonLdArticle jsonLd, string? outlet, AuthorNames names)
    {
        // JSON-LD persons are typed as people, so a personal site whose name is its author keeps its author.
        var fromJsonLd = Collect(jsonLd.Authors, null, names);
        if (fromJsonLd.Length > 0)
        {
            return fromJsonLd;
        }

        foreach (var key in AuthorMetaKeys)
        {
            var fromMeta = Collect(meta.All(key), outlet, names);
            if (fromMeta.Length > 0)
            {
                return fromMeta;
            }
        }

        var linked = SameByline(ElementScan.Where(page, IsAuthorMarkup)
            .Where(element => !InComments(element, explicitMarkup: true))
            .Take(12)
            .ToList())
            .Select(AuthorText)
            .ToList();
        var fromLinks = Collect(linked, outlet, names);
        if (fromLinks.Length > 0)
        {
            return fromLinks;
        }

        foreach (var element in ElementScan.Where(page, IsBylineCandidate).Take(40))
        {
            if (element.TagName is "SCRIPT" or "STYLE" or "META" or "LINK" || InComments(element, explicitMarkup: false))
            {
                continue;
            }

            if (MetadataText.BoundedText(element, MaxBylineLength) is not { } text)
            {
                continue;
            }

            var found = names.Split(text, outlet);
            if (found.Length > 0)
            {
                return found;
            }
        }

        return [];
    }

    /// <summary>As the selector "[rel~=author], [itemprop~=author], [itemprop~=creator], .p-author, .author-name, .byline-name".</summary>
    private static bool IsAuthorMarkup(IElement element) =>
        ElementScan.HasWord(element, "rel", "author")
        || ElementScan.HasWord(element, "itemprop", "author")
        || ElementScan.HasWord(element, "itemprop", "creator")
        || ElementScan.HasWord(element, "class", "p-author")
        || ElementScan.HasWord(element, "class", "author-name")
        || ElementScan.HasWord(element, "class", "byline-name");

    /// <summary>As the selector "[class*=byline i], [id*=byline i], [class*=author i], [id*=author i], [class*=writer i], [class*=dateline i], address".</summary>
    private static bool IsBylineCandidate(IElement element) =>
        ElementScan.Contains(element, "class", "byline", StringComparison.OrdinalIgnoreCase)
        || ElementScan.Contains(element, "id", "byline", StringComparison.OrdinalIgnoreCase)
        || ElementScan.Contains(element, "class", "author", StringComparison.OrdinalIgnoreCase)
        || ElementScan.Contains(element, "id", "author", StringComparison.OrdinalIgnoreCase)
        || ElementScan.Contains(element, "class", "writer", StringComparison.OrdinalIgnoreCase)
        || ElementScan.Contains(element, "class", "dateline", StringComparison.OrdinalIgnoreCase)
        || element.LocalName == "address";

    /// <summary>
    /// The first author element and those sharing its byline (same grandparent), so links to other
    /// authors in related-article lists further down the page are not taken as co-authors.
    /// </summary>
    private static IEnumerable<IElement> SameByline(List<IElement> elements)
    {
        if (elements.Count == 0)
        {
            return [];
        }

        var first = elements[0];
        var byline = first.ParentElement?.ParentElement ?? first.ParentElement;
        return byline is null ? [first] : elements.Where(element => element == first || byline.Contains(element) || element.Contains(first));
    }

    private static ImmutableArray<string> Collect(IEnumerable<string?> values, string? outlet, AuthorNames names)
    {
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var value in values)
        {
            foreach (var name in names.Split(value, outlet))
            {
                if (!result.Any(existing => string.Equals(existing, name, StringComparison.OrdinalIgnoreCase)))
                {
                    result.Add(name);
                }
            }
        }

        return result.ToImmutable();
    }

    private static string? AuthorText(IElement element)
    {
        var named = element.QuerySelector("[itemprop~=name]");
        return named?.GetAttribute("content") ?? (named is null ? null : MetadataText.BoundedText(named, MaxBylineLength))
            ?? element.GetAttribute("content") ?? MetadataText.BoundedText(element, MaxBylineLength);
    }

    /// <summary>
    /// Comment sections name commenters, not authors. Asides, footers and navigation are skipped too,
    /// except for explicit author markup (itemprop/rel), which blogs often put in an aside.
    /// </summary>
    private static bool InComments(IElement element, bool explicitMarkup)
    {
        var depth = 0;
        for (var ancestor = element.ParentElement; ancestor is not null && depth < 12; ancestor = ancestor.ParentElement, depth++)
        {
            var marker = (ancestor.ClassName ?? string.Empty) + " " + (ancestor.Id ?? string.Empty);
            if (marker.Contains("comment", StringComparison.OrdinalIgnoreCase) || (!explicitMarkup && ancestor.TagName is "FOOTER" or "ASIDE" or "NAV"))
            {
                return true;
            }
        }

        return false;
    }
}

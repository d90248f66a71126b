using AngleSharp.Dom;

namespace Storyline.Core.Extraction.Metadata;

/// <summary>The page's declared canonical URL (link rel=canonical, og:url) made absolute against the page URL.</summary>
public static class CanonicalUrlFinder
{
    public static string? Find(IDocument page, MetaTagIndex meta, string? url)
    {
        var link = ElementScan.Where(page, IsCanonicalLink).FirstOrDefault();
        var declared = (link is null ? null : ElementAttributes.Value(link, "href")) ?? meta.First("og:url");
        return Resolve(declared, url) ?? url;
    }

    /// <summary>As the selector "link[rel~=canonical][href]".</summary>
    private static bool IsCanonicalLink(IElement element) =>
        element.LocalName == "link" && ElementScan.HasWord(element, "rel", "canonical") && ElementAttributes.Has(element, "href");

    public static string? Resolve(string? href, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        var trimmed = href.Trim();
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.AbsoluteUri;
        }

        if (baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var root) && root.Scheme is "http" or "https"
            && Uri.TryCreate(root, trimmed, out var resolved) && resolved.Scheme is "http" or "https")
        {
            return resolved.AbsoluteUri;
        }

        return null;
    }
}

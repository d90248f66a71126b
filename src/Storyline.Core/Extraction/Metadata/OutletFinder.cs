using System.Collections.Immutable;

namespace Storyline.Core.Extraction.Metadata;

/// <summary>
/// The publishing outlet's name: JSON-LD publisher, og:site_name, application-name, the site part of
/// the page title, and as a last resort the prettified domain. URLs and handles are not names.
/// </summary>
public static class OutletFinder
{
    /// <summary>Names the page declares for itself, strongest first; used both to name the outlet and to strip it from titles.</summary>
    public static ImmutableArray<string> DeclaredNames(MetaTagIndex meta, JsonLdArticle jsonLd)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var raw in (string?[])[jsonLd.PublisherName, meta.First("og:site_name"), meta.First("application-name"), meta.First("apple-mobile-web-app-title"), meta.First("al:iphone:app_name", "twitter:app:name:iphone")])
        {
            if (MetadataText.Clean(raw) is { } name && IsName(name) && !names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names.ToImmutable();
    }

    public static string? Find(ImmutableArray<string> declaredNames, string? siteNameFromTitle, string? url)
    {
        if (declaredNames.Length > 0)
        {
            return declaredNames[0];
        }

        if (siteNameFromTitle is not null && IsName(siteNameFromTitle))
        {
            return siteNameFromTitle;
        }

        return FromDomain(url);
    }

    /// <summary>"www.the-daily-planet.co.uk" becomes "The Daily Planet".</summary>
    public static string? FromDomain(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.HostNameType != UriHostNameType.Dns || uri.IsLoopback)
        {
            return null;
        }

        var labels = uri.Host.Split('.');
        var start = labels[0] is "www" or "m" or "amp" or "mobile" or "edition" ? 1 : 0;
        var end = labels.Length - 1;
        if (end - start >= 2 && labels[end - 1].Length <= 3)
        {
            // Second-level public suffixes such as co.uk, com.au.
            end--;
        }

        if (end <= start)
        {
            return null;
        }

        var name = labels[end - 1];
        var words = name.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : string.Join(' ', words.Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
    }

    private static bool IsName(string text) =>
        text.Length is >= 2 and <= 80
        && !text.StartsWith("http", StringComparison.OrdinalIgnoreCase)
        && !text.StartsWith('@')
        && !text.Contains("://", StringComparison.Ordinal);
}

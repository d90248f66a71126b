using AngleSharp.Dom;

namespace Storyline.Core.Extraction.Metadata;

/// <summary>
/// The language the page declares (html lang, content-language, og:locale, JSON-LD inLanguage),
/// reduced to its BCP 47 primary subtag ("en-GB" and "en_US" both give "en"). Null when undeclared.
/// </summary>
public static class LanguageFinder
{
    public static string? Find(IDocument page, MetaTagIndex meta, JsonLdArticle jsonLd)
    {
        var root = page.DocumentElement;
        foreach (var raw in (string?[])[root?.GetAttribute("lang"), root?.GetAttribute("xml:lang"), meta.First("content-language", "language", "dc.language", "dcterms.language"), meta.First("og:locale"), jsonLd.Language])
        {
            if (PrimaryTag(raw) is { } tag)
            {
                return tag;
            }
        }

        return null;
    }

    public static string? PrimaryTag(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared))
        {
            return null;
        }

        var first = declared.Trim().Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries)[0];
        var primary = first.Split('-', '_')[0];
        if (primary.Length is < 2 or > 3 || !primary.All(char.IsAsciiLetter))
        {
            return null;
        }

        var tag = primary.ToLowerInvariant();
        return tag is "und" or "mul" or "zxx" ? null : tag;
    }
}

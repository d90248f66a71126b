using AngleSharp.Html.Dom;
using Storyline.Core.Model;

namespace Storyline.Core.Extraction;

/// <summary>Reads title, outlet, authors, dates, language and canonical URL from a parsed page.</summary>
public sealed class MetadataExtractor
{
    public ArticleMetadata Extract(IHtmlDocument page, string? url)
    {
        var title = page.Title?.Trim();
        var language = page.DocumentElement.GetAttribute("lang");
        return ArticleMetadata.Empty with
        {
            Url = url,
            CanonicalUrl = url,
            Title = string.IsNullOrWhiteSpace(title) ? null : title,
            Language = string.IsNullOrWhiteSpace(language) ? null : language,
        };
    }
}

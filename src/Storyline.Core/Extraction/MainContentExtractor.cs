using AngleSharp.Html.Dom;
using Storyline.Core.Model;

namespace Storyline.Core.Extraction;

/// <summary>Finds the article body in a parsed page and leaves the furniture behind.</summary>
public sealed class MainContentExtractor
{
    public ExtractedContent Extract(IHtmlDocument page, ArticleMetadata metadata)
    {
        var blocks = page.QuerySelectorAll("p")
            .Select(p => p.TextContent.Trim())
            .Where(t => t.Length > 0)
            .Select(t => new ContentBlock(t, ParagraphKind.Body))
            .ToList();
        return new ExtractedContent([.. blocks], [], null);
    }
}

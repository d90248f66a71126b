using Storyline.Core.Model;

namespace Storyline.Core.Extraction;

/// <summary>Scraped plain text to document, judging each line as body or furniture.</summary>
public sealed class PlainTextArticleExtractor
{
    public Document Extract(SourceDocument source)
    {
        var blocks = source.Content.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries)
            .Select(b => new ContentBlock(b.Trim(), ParagraphKind.Body))
            .ToList();
        return DocumentAssembler.Assemble(new ExtractedContent([.. blocks], [], null), ArticleMetadata.Empty with { Url = source.Url, CanonicalUrl = source.Url });
    }
}

using Storyline.Core.Model;

namespace Storyline.Core.Extraction;

/// <summary>
/// The extractor for any input: routes HTML and plain text to their extractors, then lets the
/// supplier's hints (JSON Lines fields, feed items) fill or override what the page said.
/// </summary>
public sealed class ArticleExtractor(HtmlArticleExtractor html, PlainTextArticleExtractor plainText) : IArticleExtractor
{
    public ArticleExtractor()
        : this(new HtmlArticleExtractor(), new PlainTextArticleExtractor())
    {
    }

    public Document Extract(SourceDocument source)
    {
        var document = source.Format == SourceFormat.Html ? html.Extract(source) : plainText.Extract(source);
        return ApplyHints(document, source.Hints);
    }

    private static Document ApplyHints(Document document, ArticleHints hints)
    {
        var metadata = document.Metadata;
        return document with
        {
            Metadata = metadata with
            {
                Title = hints.Title ?? metadata.Title,
                Outlet = hints.Outlet ?? metadata.Outlet,
                Published = hints.Published ?? metadata.Published,
                PublishedSource = hints.Published is null ? metadata.PublishedSource : hints.PublishedSource ?? "input",

                // Many pages do not declare their language; the body text then decides.
                Language = metadata.Language ?? LanguageGuesser.Default.Guess(document.Text),
            },
        };
    }
}

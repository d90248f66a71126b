using Storyline.Core.Extraction.PlainText;
using Storyline.Core.Model;

namespace Storyline.Core.Extraction;

/// <summary>
/// Scraped plain text to document: each line judged as body or page furniture (see
/// <see cref="ScrapedTextReader"/>); title, byline, dateline and outlet lines become metadata,
/// photo captions are kept once apart from the body, and the language is guessed from the body.
/// </summary>
public sealed class PlainTextArticleExtractor(ScrapedTextReader reader, LanguageGuesser languages)
{
    public PlainTextArticleExtractor()
        : this(ScrapedTextReader.Default, LanguageGuesser.Default)
    {
    }

    public Document Extract(SourceDocument source)
    {
        var article = reader.Read(source.Content);
        var content = new ExtractedContent(article.Blocks, article.Captions, null);
        var metadata = ArticleMetadata.Empty with
        {
            Url = source.Url,
            CanonicalUrl = source.Url,
            Title = article.Title,
            Outlet = article.Outlet,
            Authors = article.Authors,
            Published = article.Published?.Value,
            Updated = article.Updated?.Value,
            PublishedSource = article.Published is null ? null : "text",
            Language = languages.Guess(LanguageSample(article)),
        };
        return DocumentAssembler.Assemble(content, metadata);
    }

    private static string LanguageSample(ScrapedArticle article)
    {
        var sample = new System.Text.StringBuilder(article.Title);
        foreach (var block in article.Blocks)
        {
            if (sample.Length >= LanguageGuesser.MaxSampleLength)
            {
                break;
            }

            var room = LanguageGuesser.MaxSampleLength - sample.Length;
            sample.Append('\n').Append(block.Text.AsSpan(0, Math.Min(block.Text.Length, room)));
        }

        return sample.ToString();
    }
}

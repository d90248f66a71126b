using AngleSharp.Html.Parser;
using Storyline.Core.Model;

namespace Storyline.Core.Extraction;

/// <summary>
/// HTML page to document: parse once, read the metadata, then find the main content.
/// Metadata is read first because content extraction removes the page furniture it lives in.
/// </summary>
public sealed class HtmlArticleExtractor(MetadataExtractor metadata, MainContentExtractor content)
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    public HtmlArticleExtractor()
        : this(new MetadataExtractor(), new MainContentExtractor())
    {
    }

    public Document Extract(SourceDocument source)
    {
        var parser = new HtmlParser(ParserOptions);
        using var page = parser.ParseDocument(InertMarkupRemover.Remove(source.Content));
        var found = metadata.Extract(page, source.Url);
        var body = content.Extract(page, found);
        return DocumentAssembler.Assemble(body, found);
    }
}

namespace Storyline.Core.Extraction;

/// <summary>
/// A decoded input ready for extraction: the page or text itself, what kind it is, where it came
/// from, and any metadata the container already supplied (a JSON Lines row, a feed item).
/// </summary>
public sealed record SourceDocument(string Content, SourceFormat Format, string? Url, ArticleHints Hints)
{
    public static SourceDocument Html(string html, string? url = null) => new(html, SourceFormat.Html, url, ArticleHints.None);

    public static SourceDocument PlainText(string text, string? url = null) => new(text, SourceFormat.PlainText, url, ArticleHints.None);
}

public enum SourceFormat
{
    Html,
    PlainText,
}

namespace Storyline.Ingest.Feeds;

/// <summary>A parsed RSS or Atom feed: its own title (the outlet) and its items in document order.</summary>
public sealed record Feed(string? Title, IReadOnlyList<FeedItem> Items);

/// <summary>
/// One feed entry. <paramref name="FullContentHtml"/> is content:encoded or Atom content (often the
/// whole article); <paramref name="SummaryHtml"/> is description or summary (often a teaser).
/// </summary>
public sealed record FeedItem(
    string? Title,
    string? Link,
    DateTimeOffset? Published,
    string? PublishedText,
    string? FullContentHtml,
    string? SummaryHtml);

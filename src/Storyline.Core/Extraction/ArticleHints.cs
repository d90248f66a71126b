namespace Storyline.Core.Extraction;

/// <summary>
/// Metadata given alongside the content (a JSON Lines row, a feed item). Given values are
/// trusted over what the extractor finds in the page, because the supplier stated them.
/// </summary>
public sealed record ArticleHints(string? Title, string? Outlet, DateTimeOffset? Published, string? PublishedSource = null)
{
    public static ArticleHints None { get; } = new(null, null, null);
}

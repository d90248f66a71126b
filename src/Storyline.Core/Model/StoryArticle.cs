namespace Storyline.Core.Model;

/// <summary>An annotated article as a member of a story: its stable id and its document.</summary>
/// <param name="Id">The article's id in the store (or any id unique within the story).</param>
/// <param name="Outlet">The reporting outlet, when the caller knows it better than the page did; defaults to the document's metadata.</param>
/// <param name="OriginArticleId">For a wire copy, the id of the article it republishes: the copy adds no new source.</param>
public sealed record StoryArticle(
    string Id,
    Document Document,
    string? Outlet = null,
    string? OriginArticleId = null)
{
    public string? OutletName => Outlet ?? Document.Metadata.Outlet;

    public DateTimeOffset? PublishedAt => Document.Metadata.Published;
}

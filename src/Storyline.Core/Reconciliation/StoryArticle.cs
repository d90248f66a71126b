using Storyline.Core.Model;

namespace Storyline.Core.Reconciliation;

/// <summary>
/// An annotated article of a story, as the reconciler sees it.
/// </summary>
/// <param name="Id">Identifies the article within the story (a store id, a file name); claim ids are built from it.</param>
/// <param name="Document">The article after the standard pipeline (its <c>claims</c> layer is read).</param>
/// <param name="Outlet">The reporting outlet; defaults to the document's metadata.</param>
/// <param name="Published">When the outlet published it; defaults to the document's metadata.</param>
/// <param name="OriginArticleId">For a wire copy, the id of the article it republishes: the copy adds no new source.</param>
public sealed record StoryArticle(
    string Id,
    Document Document,
    string? Outlet = null,
    DateTimeOffset? Published = null,
    string? OriginArticleId = null)
{
    public string? OutletName => Outlet ?? Document.Metadata.Outlet;

    public DateTimeOffset? PublishedAt => Published ?? Document.Metadata.Published;
}

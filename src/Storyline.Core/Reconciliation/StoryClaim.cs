using Storyline.Core.Model;

namespace Storyline.Core.Reconciliation;

/// <summary>A claim of one article of a story, with what identifies it in the story.</summary>
/// <param name="Id">"{article id}#{n}", n counting the article's claims from 1 in text order.</param>
/// <param name="Sentence">The sentence holding the figure, as evidence.</param>
/// <param name="OriginArticleId">Set when the article is a wire copy of another.</param>
public sealed record StoryClaim(
    string Id,
    string ArticleId,
    string? Outlet,
    DateTimeOffset? Published,
    string? OriginArticleId,
    string Sentence,
    Claim Claim)
{
    public Figure Figure => Claim.Figure;
}

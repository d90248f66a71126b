using Storyline.Core.Language.Claims;
using Storyline.Core.Model;

namespace Storyline.Core.Reconciliation;

/// <summary>What the reconciler needs of a claim, worked out once per claim.</summary>
/// <param name="Rank">The source's authority; null for a figure the outlet states itself.</param>
/// <param name="AsOf">The day the claim stands at (stated, else the publication day).</param>
/// <param name="Order">Position for "later": the as-of day, then the publication time, then the claim's offset.</param>
public sealed record ClaimFacts(
    StoryClaim Story,
    FigureInterval Interval,
    SourceIdentity Source,
    SourceRank? Rank,
    DateOnly? AsOf,
    (DateOnly Day, DateTimeOffset Published, int Offset) Order)
{
    public Claim Claim => Story.Claim;

    public Figure Figure => Story.Claim.Figure;

    public static ClaimFacts Of(StoryClaim story, string? originOutlet, SourceAuthority authority)
    {
        var claim = story.Claim;
        SourceIdentity source;
        SourceRank? rank;
        if (claim.Attribution is null || (claim.SourceName is null && claim.Attribution.SourceText is null))
        {
            source = SourceIdentity.OfOutlet(originOutlet ?? story.Outlet ?? story.ArticleId);
            rank = null;
        }
        else
        {
            var name = claim.SourceName ?? SourceNamer.Tidy(claim.Attribution.SourceText!);
            source = SourceIdentity.OfSource(name);
            var words = (name + " " + claim.Attribution.SourceText).Split(
                (char[])[' ', ',', '\'', '’', '-', '(', ')', '.'], StringSplitOptions.RemoveEmptyEntries);
            rank = authority.Rank(words);
        }

        var asOf = claim.Time?.AsOf ?? (story.Published is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null);
        return new ClaimFacts(
            story,
            FigureInterval.Of(claim.Figure),
            source,
            rank,
            asOf,
            (asOf ?? DateOnly.MinValue, story.Published ?? DateTimeOffset.MinValue, claim.Range.Start));
    }
}

using System.Text.Json;
using Storyline.Core.Reconciliation;

namespace Storyline.Core.Serialization;

/// <summary>
/// A quantity of a story: the claims measuring it, the relation that labels them, the UCDP-style
/// best / low / high estimate, its independent original sources, and the pair decisions as evidence.
/// </summary>
public sealed record ClaimGroupJson(
    string Id,
    IReadOnlyList<string> Claims,
    string Category,
    string? Subject,
    ClaimPlaceJson? Place,
    ClaimTimeJson? Time,
    string Relation,
    double Best,
    double Low,
    double High,
    int IndependentSources,
    IReadOnlyList<string> Sources,
    string BestClaim,
    IReadOnlyList<string> CurrentClaims,
    IReadOnlyList<ClaimRelationJson> Evidence)
{
    public static ClaimGroupJson From(ClaimGroup group, IReadOnlyDictionary<string, StoryClaim> claims) =>
        new(
            group.Id,
            group.ClaimIds,
            group.Category,
            group.Subject,
            ClaimPlaceJson.From(group.Place),
            ClaimTimeJson.From(group.Time),
            RelationName(group.Relation),
            group.Best,
            group.Low,
            group.High,
            group.IndependentSources,
            group.Sources,
            group.BestClaimId,
            group.CurrentClaimIds,
            [.. group.Evidence.Select(r => ClaimRelationJson.From(r, claims))]);

    /// <summary>"agreed", "compatible", "refined", "updated", "contested", "differently_scoped", "single".</summary>
    public static string RelationName(ClaimRelationKind kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());
}

/// <summary>One pair decision: the later claim first, the relation, why, and the two figures' spans.</summary>
public sealed record ClaimRelationJson(IReadOnlyList<string> Claims, string Relation, string Reason, IReadOnlyList<EvidenceSpanJson> Spans)
{
    public static ClaimRelationJson From(ClaimRelation relation, IReadOnlyDictionary<string, StoryClaim> claims) =>
        new(
            [relation.ClaimId, relation.OtherId],
            ClaimGroupJson.RelationName(relation.Kind),
            relation.Reason,
            [.. new[] { relation.ClaimId, relation.OtherId }.Where(claims.ContainsKey).Select(id => EvidenceSpanJson.From(claims[id]))]);
}

/// <summary>Where a figure of the evidence is: its article and span.</summary>
public sealed record EvidenceSpanJson(string Claim, string ArticleId, int Start, int End, string Text)
{
    public static EvidenceSpanJson From(StoryClaim claim) =>
        new(claim.Id, claim.ArticleId, claim.Figure.Range.Start, claim.Figure.Range.End, claim.Figure.Text);
}

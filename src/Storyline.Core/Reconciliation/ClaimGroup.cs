using System.Collections.Immutable;
using Storyline.Core.Model;

namespace Storyline.Core.Reconciliation;

/// <summary>
/// Claims that measure one quantity, with an estimate by the UCDP convention: <see cref="Best"/> from
/// the most reliable source still standing (the lower figure when tied), <see cref="Low"/> the most
/// conservative and <see cref="High"/> the highest credible of the figures still standing.
/// </summary>
/// <param name="ClaimIds">All the group's claims, superseded ones included.</param>
/// <param name="CurrentClaimIds">The claims no later figure supersedes; the estimate is read from these.</param>
/// <param name="BestClaimId">The claim <see cref="Best"/> is taken from.</param>
/// <param name="IndependentSources">Original sources: two outlets quoting one monitor count once, a wire copy adds none.</param>
/// <param name="Sources">The names of those sources ("(outlet) Harbour Post" for a figure an outlet states itself).</param>
/// <param name="Evidence">The pair decisions inside the group.</param>
public sealed record ClaimGroup(
    string Id,
    ImmutableArray<string> ClaimIds,
    ImmutableArray<string> CurrentClaimIds,
    string Category,
    string? Subject,
    Place? Place,
    ClaimTime? Time,
    ClaimRelationKind Relation,
    double Best,
    double Low,
    double High,
    string BestClaimId,
    int IndependentSources,
    ImmutableArray<string> Sources,
    ImmutableArray<ClaimRelation> Evidence);

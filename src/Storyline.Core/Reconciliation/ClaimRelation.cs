namespace Storyline.Core.Reconciliation;

/// <summary>A decision about two claims, with its evidence.</summary>
/// <param name="ClaimId">The later claim (for <see cref="ClaimRelationKind.Updated"/>, the one that supersedes).</param>
/// <param name="OtherId">The earlier claim.</param>
/// <param name="Reason">Why, in a short sentence naming the figures and sources compared.</param>
/// <param name="SameQuantity">True when both claims count the same thing at the same scope (they then share a group).</param>
public sealed record ClaimRelation(string ClaimId, string OtherId, ClaimRelationKind Kind, string Reason, bool SameQuantity);

using System.Collections.Immutable;

namespace Storyline.Core.Reconciliation;

/// <summary>What the reconciler made of a story's figures: every claim, the pair decisions, and the quantities.</summary>
public sealed record StoryReconciliation(
    ImmutableArray<StoryClaim> Claims,
    ImmutableArray<ClaimRelation> Relations,
    ImmutableArray<ClaimGroup> Groups);

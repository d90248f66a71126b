namespace Storyline.Core.Reconciliation;

/// <summary>How two claims of the same quantity relate, and how a group of them is labelled.</summary>
public enum ClaimRelationKind
{
    /// <summary>A group holding one assertion (possibly restated): nothing to reconcile.</summary>
    Single,

    /// <summary>The same figure (same interval), whoever said it.</summary>
    Agreed,

    /// <summary>The intervals overlap: both can be true.</summary>
    Compatible,

    /// <summary>A precise figure inside an earlier vague or ranged one ("dozens" then "63").</summary>
    Refined,

    /// <summary>A later figure from the same or a more authoritative chain supersedes the earlier one.</summary>
    Updated,

    /// <summary>Disjoint intervals at the same scope and time, with no later figure superseding.</summary>
    Contested,

    /// <summary>The same category counted over different places, time spans, or as a total versus an increment.</summary>
    DifferentlyScoped,
}

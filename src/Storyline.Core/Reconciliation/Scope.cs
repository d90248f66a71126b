namespace Storyline.Core.Reconciliation;

/// <summary>How the places (or the subjects) of two claims relate.</summary>
public enum Scope
{
    /// <summary>The same place or subject, or one not known (a figure without a named place counts for the story).</summary>
    Same,

    /// <summary>The first holds the second (a region and a town in it; all people and civilians).</summary>
    Contains,

    /// <summary>The first lies inside the second.</summary>
    Within,

    /// <summary>Neither holds the other: different places, or different things counted.</summary>
    Disjoint,
}

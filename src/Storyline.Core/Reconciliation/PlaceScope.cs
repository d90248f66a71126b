using Storyline.Core.Model;

namespace Storyline.Core.Reconciliation;

/// <summary>
/// Compares where two claims apply. A place only inferred from the article (no place in the
/// figure's sentence) is the story's scope and matches any place in the same country; named places
/// nest by the gazetteer: a country holds its regions and towns, a region its towns.
/// </summary>
public static class PlaceScope
{
    public static Scope Compare(Claim first, Claim second)
    {
        if (first.Place is not { } a || second.Place is not { } b)
        {
            return Scope.Same;
        }

        if (a.Key == b.Key)
        {
            return Scope.Same;
        }

        if (!first.PlaceStated || !second.PlaceStated)
        {
            return a.CountryCode == b.CountryCode ? Scope.Same : Scope.Disjoint;
        }

        return Holds(a, b) ? Scope.Contains : Holds(b, a) ? Scope.Within : Scope.Disjoint;
    }

    /// <summary>True when <paramref name="outer"/> holds <paramref name="inner"/>.</summary>
    public static bool Holds(Place outer, Place inner) =>
        outer.CountryCode == inner.CountryCode && outer.Kind switch
        {
            PlaceKind.Country => inner.Kind != PlaceKind.Country,
            PlaceKind.Region => inner.Kind == PlaceKind.City && string.Equals(inner.Region, outer.Name, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
}

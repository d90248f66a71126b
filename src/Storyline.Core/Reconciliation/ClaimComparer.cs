using System.Globalization;
using Storyline.Core.Model;

namespace Storyline.Core.Reconciliation;

/// <summary>
/// Decides how two claims of one category relate. The rules, in order: a projection never contests
/// a count; different things counted are no pair; a total and an increment, increments over different
/// spans, or places that do not nest are differently scoped; equal intervals agree; a later figure from the
/// same source, or from one at least as authoritative that raises the count, supersedes (updated);
/// overlapping intervals are compatible (refined when a precise figure narrows a vague one);
/// disjoint intervals are contested, unless one counts a part (a town of the region, civilians among
/// all dead): a part below the whole is compatible, a part above it differently scoped.
/// </summary>
public sealed class ClaimComparer(SubjectScope subjects)
{
    public static ClaimComparer Default { get; } = new(SubjectScope.Default);

    /// <summary>The relation of two claims of the same category, or null when they count different things.</summary>
    public ClaimRelation? Relate(ClaimFacts first, ClaimFacts second)
    {
        var (later, earlier) = first.Order.CompareTo(second.Order) >= 0 ? (first, second) : (second, first);
        if (!SameUnitKind(later.Figure, earlier.Figure) || later.Figure.Change != earlier.Figure.Change)
        {
            return null;
        }

        ClaimRelation Decide(ClaimRelationKind kind, string reason, bool sameQuantity) =>
            new(later.Story.Id, earlier.Story.Id, kind, $"{Describe(later)} vs {Describe(earlier)}: {reason}", sameQuantity);

        if (later.Claim.Projection || earlier.Claim.Projection)
        {
            return Decide(ClaimRelationKind.Compatible, "a projection is not a count and contests none", sameQuantity: false);
        }

        var subject = subjects.Compare(later.Claim.Subject, earlier.Claim.Subject);
        if (subject == Scope.Disjoint)
        {
            return null;
        }

        if (later.Claim.Cumulative != earlier.Claim.Cumulative)
        {
            return Decide(ClaimRelationKind.DifferentlyScoped, "a running total and an increment", sameQuantity: false);
        }

        // Two increments count the same thing only over the same window ("in the past 24 hours").
        if (!later.Claim.Cumulative && (later.Claim.Time?.Start != earlier.Claim.Time?.Start || later.Claim.Time?.End != earlier.Claim.Time?.End))
        {
            return Decide(ClaimRelationKind.DifferentlyScoped, "increments over different time spans", sameQuantity: false);
        }

        var place = PlaceScope.Compare(later.Claim, earlier.Claim);
        if (place == Scope.Disjoint)
        {
            return Decide(ClaimRelationKind.DifferentlyScoped, $"different places ({later.Claim.Place?.Name} and {earlier.Claim.Place?.Name})", sameQuantity: false);
        }

        var sameScope = place == Scope.Same && subject == Scope.Same;
        var overlap = later.Interval.Overlaps(earlier.Interval);
        if (sameScope && later.Interval == earlier.Interval)
        {
            return Decide(ClaimRelationKind.Agreed, "the same figure", sameQuantity: true);
        }

        if (sameScope && Supersedes(later, earlier, overlap) is { } why)
        {
            return Decide(ClaimRelationKind.Updated, why, sameQuantity: true);
        }

        if (overlap)
        {
            if (!sameScope)
            {
                return Decide(ClaimRelationKind.Compatible, "a part within the whole", sameQuantity: false);
            }

            return earlier.Figure.Bound is FigureBound.Vague or FigureBound.Range && earlier.Interval.Contains(later.Interval)
                ? Decide(ClaimRelationKind.Refined, "a precise figure inside an earlier vague one", sameQuantity: true)
                : Decide(ClaimRelationKind.Compatible, "the intervals overlap", sameQuantity: true);
        }

        if (!sameScope)
        {
            // One counts a part (a town of the region, the civilians among the dead): it may be smaller
            // than the whole. Larger, the two counts are not of the same thing: the town figure may
            // count the people registered there, not those from there.
            var (part, whole) = place == Scope.Within || subject == Scope.Within ? (later, earlier) : (earlier, later);
            if (!part.Interval.IsAbove(whole.Interval))
            {
                return Decide(ClaimRelationKind.Compatible, "a part below the whole", sameQuantity: false);
            }

            return place != Scope.Same
                ? Decide(ClaimRelationKind.DifferentlyScoped, "a place counted higher than the area holding it: the counts cover different areas", sameQuantity: false)
                : Decide(ClaimRelationKind.DifferentlyScoped, "a part counted higher than the whole: the counts define their subjects differently", sameQuantity: false);
        }

        return Decide(
            ClaimRelationKind.Contested,
            later.Order.Day == earlier.Order.Day ? "disjoint intervals on the same day" : "disjoint intervals, and the later figure does not supersede the earlier",
            sameQuantity: true);
    }

    /// <summary>Why <paramref name="later"/> supersedes <paramref name="earlier"/>, or null when it does not.</summary>
    private static string? Supersedes(ClaimFacts later, ClaimFacts earlier, bool overlap)
    {
        var laterDay = later.Order.Day > earlier.Order.Day;
        var laterReport = later.Order.Day == earlier.Order.Day && later.Order.Published > earlier.Order.Published;
        if (!laterDay && !laterReport)
        {
            return null;
        }

        var sameSource = later.Source.Matches(earlier.Source);
        var rises = later.Interval.IsAbove(earlier.Interval) || (overlap && later.Interval.Low > earlier.Interval.Low);
        // A figure the outlet states in its own voice usually relays the authorities' count: it is
        // ranked with officials, so it updates an official figure and is not overturned by an advocate's.
        var asAuthoritative = (later.Rank ?? SourceRank.Official) >= (earlier.Rank ?? SourceRank.Official);
        var bothOfficial = later.Rank == SourceRank.Official && earlier.Rank == SourceRank.Official;
        if (overlap)
        {
            // An overlapping later figure replaces the earlier only when it says more: it raises the
            // floor or lowers a finite ceiling. "About 270,000" after "more than 250,000" confirms it,
            // and a precise figure inside a vague one refines it.
            if (earlier.Figure.Bound == FigureBound.Vague || (!sameSource && later.Figure.Bound is FigureBound.Approximately or FigureBound.Vague))
            {
                return null;
            }

            var saysMore = later.Interval.Low > earlier.Interval.Low || (earlier.Interval.HasFiniteHigh && later.Interval.High < earlier.Interval.High);
            return saysMore && (sameSource || (asAuthoritative && rises)) ? Why(sameSource, "a later figure") : null;
        }

        if (sameSource)
        {
            return Why(sameSource: true, "a later figure");
        }

        if (asAuthoritative && rises)
        {
            return "a later, higher figure from a source at least as authoritative";
        }

        return bothOfficial ? "a later official revision of an earlier official figure" : null;
    }

    private static string Why(bool sameSource, string what) => sameSource ? $"{what} from the same source" : $"{what} from a source at least as authoritative";

    // Money in different currencies, or a share against a count, are different quantities.
    private static bool SameUnitKind(Figure a, Figure b) =>
        (a.Unit == "percentage") == (b.Unit == "percentage")
        && (a.Unit is null || b.Unit is null || a.Unit == b.Unit || !IsMeasure(a.Unit) && !IsMeasure(b.Unit));

    private static bool IsMeasure(string unit) => unit is "percentage" or "fraction" || unit.EndsWith("dollar", StringComparison.Ordinal) || unit is "euro" or "pound sterling";

    private static string Describe(ClaimFacts facts) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"'{facts.Figure.Text}' ({(facts.Rank is null ? "the outlet" : facts.Source.Name)}, {facts.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated"})");
}

using CsCheck;
using Storyline.Core.Model;
using Storyline.Core.Reconciliation;
using static Storyline.Core.Tests.Reconciliation.StoryBuilder;

namespace Storyline.Core.Tests.Reconciliation;

public sealed class FigureIntervalPropertyTests
{
    private static readonly Gen<Figure> Figures =
        from value in Gen.Int[1, 500]
        from bound in Gen.OneOf(
            Gen.Const(FigureBound.Exact),
            Gen.Const(FigureBound.AtLeast),
            Gen.Const(FigureBound.MoreThan),
            Gen.Const(FigureBound.UpTo),
            Gen.Const(FigureBound.Approximately),
            Gen.Const(FigureBound.Range),
            Gen.Const(FigureBound.Vague))
        from width in Gen.Int[0, 200]
        from tolerance in Gen.OneOf(Gen.Const(0.0), Gen.Const(5.0), Gen.Const(50.0))
        select StoryBuilder.Figure(value, bound, value, value + width, tolerance);

    private static readonly Gen<Claim> Claims =
        from figure in Figures
        from sourceIndex in Gen.Int[0, 3]
        let source = ((string?[])[null, "provincial government", "Kivu Civic Watch", "Red Cross"])[sourceIndex]
        from day in Gen.Int[1, 5]
        from subjectIndex in Gen.Int[0, 2]
        let subject = ((string?[])[null, "civilian", "people"])[subjectIndex]
        from projection in Gen.Bool
        select Claim(figure, source, Day(day), subject: subject, projection: projection);

    [Fact]
    public void Overlap_is_symmetric() =>
        Gen.Select(Figures, Figures).Sample((a, b) =>
            FigureInterval.Of(a).Overlaps(FigureInterval.Of(b)) == FigureInterval.Of(b).Overlaps(FigureInterval.Of(a)));

    [Fact]
    public void An_interval_that_contains_another_overlaps_it() =>
        Gen.Select(Figures, Figures).Sample((a, b) =>
            !FigureInterval.Of(a).Contains(FigureInterval.Of(b)) || FigureInterval.Of(a).Overlaps(FigureInterval.Of(b)));

    [Fact]
    public void Every_interval_overlaps_itself() =>
        Figures.Sample(f => FigureInterval.Of(f).Overlaps(FigureInterval.Of(f)));

    [Fact]
    public void Relations_do_not_depend_on_the_order_the_claims_are_given() =>
        Gen.Select(Claims, Claims).Sample((a, b) =>
        {
            var (x, y) = Facts(a, b);
            return ClaimComparer.Default.Relate(x, y)?.Kind == ClaimComparer.Default.Relate(y, x)?.Kind;
        });

    [Fact]
    public void Overlapping_claims_are_never_contested() =>
        Gen.Select(Claims, Claims).Sample((a, b) =>
        {
            var (x, y) = Facts(a, b);
            return !x.Interval.Overlaps(y.Interval) || ClaimComparer.Default.Relate(x, y)?.Kind != ClaimRelationKind.Contested;
        });

    [Fact]
    public void Disjoint_claims_of_the_same_source_and_day_are_contested() =>
        Gen.Select(Gen.Int[1, 1000], Gen.Int[1, 1000]).Where((a, b) => a != b).Sample((a, b) =>
        {
            var (x, y) = Facts(
                Claim(StoryBuilder.Figure(a), "provincial government", Day(2)),
                Claim(StoryBuilder.Figure(b), "Kivu Civic Watch", Day(2)));
            return ClaimComparer.Default.Relate(x, y)?.Kind == ClaimRelationKind.Contested;
        });

    private static (ClaimFacts, ClaimFacts) Facts(Claim a, Claim b)
    {
        var result = Reconciler.Collect([Article("x", "Harbour Post", Day(5), a), Article("y", "Kestrel Times", Day(5), b)]);
        return (ClaimFacts.Of(result[0], null, SourceAuthority.Default), ClaimFacts.Of(result[1], null, SourceAuthority.Default));
    }
}

using Storyline.Core.Model;
using Storyline.Core.Reconciliation;
using static Storyline.Core.Tests.Reconciliation.StoryBuilder;

namespace Storyline.Core.Tests.Reconciliation;

public sealed class ReconcilerTests
{
    private static StoryReconciliation Reconcile(params StoryArticle[] articles) => new Reconciler().Reconcile(articles);

    [Fact]
    public void Claims_get_ids_from_their_article()
    {
        var result = Reconcile(Article("wire", "Meridian Wire", Day(24), Claim(Figure(1200, FigureBound.AtLeast), "emergency centre", Day(24))));
        var claim = Assert.Single(result.Claims);
        Assert.Equal("wire#1", claim.Id);
        Assert.Equal("Meridian Wire", claim.Outlet);
    }

    [Fact]
    public void The_same_figure_from_two_outlets_is_agreed_and_one_source()
    {
        var result = Reconcile(
            Article("a", "Harbour Post", Day(24), Claim(Figure(1200, FigureBound.AtLeast), "national emergency operations centre", Day(24))),
            Article("b", "Kestrel Times", Day(24), Claim(Figure(1200, FigureBound.AtLeast), "the emergency operations centre", Day(24))));
        Assert.Equal(ClaimRelationKind.Agreed, Relation(result, "a#1", "b#1").Kind);
        var group = GroupOf(result, "a#1");
        Assert.Equal(ClaimRelationKind.Agreed, group.Relation);
        Assert.Equal(1, group.IndependentSources);
    }

    [Fact]
    public void Overlapping_figures_from_different_sources_are_compatible()
    {
        var result = Reconcile(
            Article("a", "Meridian Wire", Day(24), Claim(Figure(1200, FigureBound.AtLeast), "emergency centre", Day(24))),
            Article("b", "Harbour Post", Day(24), Claim(Figure(1350, FigureBound.Approximately), "regional governor", Day(24))));
        var relation = Relation(result, "a#1", "b#1");
        Assert.Equal(ClaimRelationKind.Compatible, relation.Kind);
        Assert.Contains("overlap", relation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rounded_figure_is_compatible_with_a_near_exact_one()
    {
        // "1,200" stated exactly is a round figure: it stands for 1,150 to 1,250.
        var result = Reconcile(
            Article("a", "Harbour Post", Day(24), Claim(Figure(1200, tolerance: 50), "Red Cross", Day(24))),
            Article("b", "Kestrel Times", Day(24), Claim(Figure(1230), "regional governor", Day(24))));
        Assert.Equal(ClaimRelationKind.Compatible, Relation(result, "a#1", "b#1").Kind);
    }

    [Fact]
    public void A_precise_figure_inside_an_earlier_vague_one_refines_it()
    {
        var result = Reconcile(
            Article("a", "Equator Observer", Day(2), Claim(Figure(24, FigureBound.Vague, 12, 120), "Butembo hospital", Day(2), category: "injured")),
            Article("b", "Continental Ledger", Day(5), Claim(Figure(63), "Butembo hospital director", Day(5), category: "injured")));
        Assert.Equal(ClaimRelationKind.Refined, Relation(result, "a#1", "b#1").Kind);
    }

    [Fact]
    public void A_later_higher_figure_from_the_same_source_updates_and_the_estimate_follows_it()
    {
        var result = Reconcile(
            Article("a", "Meridian Wire", Day(24), Claim(Figure(1200, FigureBound.AtLeast), "national emergency operations centre", Day(24))),
            Article("b", "Kestrel Times", Day(25), Claim(Figure(1874), "emergency operations centre", Day(25))));
        var relation = Relation(result, "a#1", "b#1");
        Assert.Equal(ClaimRelationKind.Updated, relation.Kind);
        Assert.Equal("b#1", relation.ClaimId);
        var group = GroupOf(result, "a#1");
        Assert.Equal(ClaimRelationKind.Updated, group.Relation);
        Assert.Equal("b#1", Assert.Single(group.CurrentClaimIds));
        Assert.Equal((1874, 1874, 1874), (group.Best, group.Low, group.High));
    }

    [Fact]
    public void A_later_lower_figure_from_the_same_source_updates()
    {
        var result = Reconcile(
            Article("a", "Bayside Herald", Day(14), Claim(Figure(117), "district collector Ankit Dash", Day(14), category: "missing")),
            Article("b", "Atlas Dispatch", Day(16), Claim(Figure(50, FigureBound.Range, 40, 60), "collector Ankit Dash", Day(16), category: "missing")));
        Assert.Equal(ClaimRelationKind.Updated, Relation(result, "a#1", "b#1").Kind);
    }

    [Fact]
    public void Disjoint_figures_on_the_same_day_are_contested_and_the_official_figure_is_best()
    {
        var result = Reconcile(Article(
            "a",
            "Equator Observer",
            Day(2),
            Claim(Figure(12), "North Kivu provincial government", Day(2)),
            Claim(Figure(40, FigureBound.AtLeast), "Kivu Civic Watch", Day(2))));
        var relation = Relation(result, "a#1", "a#2");
        Assert.Equal(ClaimRelationKind.Contested, relation.Kind);
        var group = GroupOf(result, "a#1");
        Assert.Equal(ClaimRelationKind.Contested, group.Relation);
        Assert.Equal((12, 12, 40), (group.Best, group.Low, group.High));
        Assert.Equal("a#1", group.BestClaimId);
        Assert.Equal(2, group.IndependentSources);
    }

    [Fact]
    public void A_later_lower_official_figure_does_not_settle_an_earlier_higher_count()
    {
        var result = Reconcile(
            Article("a", "Equator Observer", Day(2), Claim(Figure(40, FigureBound.AtLeast), "Kivu Civic Watch", Day(2))),
            Article("b", "Daily Lantern", Day(4), Claim(Figure(37), "provincial government", Day(4))));
        Assert.Equal(ClaimRelationKind.Contested, Relation(result, "a#1", "b#1").Kind);
    }

    [Fact]
    public void A_later_higher_figure_from_a_less_authoritative_source_does_not_supersede()
    {
        var result = Reconcile(
            Article("a", "Daily Lantern", Day(4), Claim(Figure(37), "provincial government", Day(4))),
            Article("b", "Continental Ledger", Day(5), Claim(Figure(52, FigureBound.AtLeast), "Kivu Civic Watch monitoring group", Day(5))));
        Assert.Equal(ClaimRelationKind.Contested, Relation(result, "a#1", "b#1").Kind);
    }

    [Fact]
    public void A_later_higher_figure_from_an_official_source_updates_an_earlier_official_one()
    {
        var result = Reconcile(
            Article("a", "Harbour Post", Day(24), Claim(Figure(1350, FigureBound.Approximately), "regional governor Marisol Tapia", Day(24))),
            Article("b", "Kestrel Times", Day(25), Claim(Figure(1874), "national emergency operations centre", Day(25))));
        Assert.Equal(ClaimRelationKind.Updated, Relation(result, "a#1", "b#1").Kind);
    }

    [Fact]
    public void A_later_approximate_figure_inside_an_earlier_bound_confirms_it()
    {
        var result = Reconcile(
            Article("a", "Kestrel Times", Day(13), Claim(Figure(250000, FigureBound.MoreThan), "Special Relief Commissioner", Day(13), category: "evacuated")),
            Article("b", "Harbour Post", Day(14), Claim(Figure(270000, FigureBound.Approximately), "minister Sasmita Behera", Day(14), category: "fled")));
        Assert.Equal(ClaimRelationKind.Compatible, Relation(result, "a#1", "b#1").Kind);
    }

    [Fact]
    public void Different_towns_are_differently_scoped()
    {
        var result = Reconcile(
            Article("a", "Harbour Post", Day(25), Claim(Figure(212), "fire brigade", Day(25), place: Huaraz, placeStated: true)),
            Article("b", "Continental Ledger", Day(25), Claim(Figure(40), "mayor", Day(25), place: Carhuaz, placeStated: true)));
        var relation = Relation(result, "a#1", "b#1");
        Assert.Equal(ClaimRelationKind.DifferentlyScoped, relation.Kind);
        Assert.NotEqual(GroupOf(result, "a#1").Id, GroupOf(result, "b#1").Id);
    }

    [Fact]
    public void A_town_below_the_region_count_is_compatible_but_not_the_same_quantity()
    {
        var result = Reconcile(
            Article("a", "Kestrel Times", Day(25), Claim(Figure(1874), "emergency centre", Day(25), place: Ancash, placeStated: true)),
            Article("b", "Harbour Post", Day(25), Claim(Figure(212), "fire brigade", Day(25), place: Huaraz, placeStated: true)));
        var relation = Relation(result, "a#1", "b#1");
        Assert.Equal(ClaimRelationKind.Compatible, relation.Kind);
        Assert.False(relation.SameQuantity);
    }

    [Fact]
    public void Fighters_and_civilians_are_different_quantities()
    {
        var result = Reconcile(
            Article("a", "Harbour Post", Day(3), Claim(Figure(14), "army spokesman", Day(3), subject: "fighter"), Claim(Figure(41), "rights observatory", Day(3), subject: "civilian")));
        Assert.Empty(result.Relations);
        Assert.Equal(2, result.Groups.Length);
    }

    [Fact]
    public void Civilians_below_the_overall_toll_are_compatible()
    {
        var result = Reconcile(
            Article("a", "Equator Observer", Day(2), Claim(Figure(40, FigureBound.AtLeast), "Kivu Civic Watch", Day(2))),
            Article("b", "Harbour Post", Day(3), Claim(Figure(41), "Great Lakes Rights Observatory", Day(3), subject: "civilian")));
        Assert.Equal(ClaimRelationKind.Compatible, Relation(result, "a#1", "b#1").Kind);
    }

    [Fact]
    public void A_projection_never_contests_a_count()
    {
        var result = Reconcile(Article(
            "a", "Atlas Dispatch", Day(26), Claim(Figure(2216), "emergency centre", Day(26)), Claim(Figure(3000, FigureBound.MoreThan), "Red Cross", Day(26), projection: true)));
        Assert.Equal(ClaimRelationKind.Compatible, Relation(result, "a#1", "a#2").Kind);
    }

    [Fact]
    public void An_increment_and_a_total_are_differently_scoped()
    {
        var result = Reconcile(Article(
            "a", "Padma Chronicle", Day(22), Claim(Figure(49), "fire service", Day(22)), Claim(Figure(3), "fire service", Day(22), cumulative: false)));
        Assert.Equal(ClaimRelationKind.DifferentlyScoped, Relation(result, "a#1", "a#2").Kind);
    }

    [Fact]
    public void Two_outlets_quoting_one_monitor_count_as_one_original_source()
    {
        var result = Reconcile(
            Article("a", "Equator Observer", Day(2), Claim(Figure(40, FigureBound.AtLeast), "Kivu Civic Watch", Day(2))),
            Article("b", "Meridian Wire", Day(3), Claim(Figure(40, FigureBound.AtLeast), "Kivu Civic Watch, a local monitoring group", Day(3))),
            Article("c", "Harbour Post", Day(3), Claim(Figure(40, FigureBound.AtLeast), "Civic Watch", Day(3))));
        var group = GroupOf(result, "a#1");
        Assert.Equal(3, group.ClaimIds.Length);
        Assert.Equal(1, group.IndependentSources);
    }

    [Fact]
    public void A_wire_copy_adds_no_source()
    {
        var result = Reconcile(
            Article("wire", "Meridian Wire", Day(24), Claim(Figure(1200000, FigureBound.Approximately), null, Day(24), category: "displaced")),
            Article("copy", "Daily Lantern", Day(24), "wire", Claim(Figure(1200000, FigureBound.Approximately), null, Day(24), category: "displaced")),
            Article("own", "Harbour Post", Day(24), Claim(Figure(1200000, FigureBound.Approximately), null, Day(24), category: "displaced")));
        var group = GroupOf(result, "wire#1");
        Assert.Equal(3, group.ClaimIds.Length);
        Assert.Equal(2, group.IndependentSources);
        Assert.Contains("(outlet) Meridian Wire", group.Sources);
    }

    [Fact]
    public void Best_is_the_lower_figure_when_sources_are_equally_reliable()
    {
        var result = Reconcile(Article(
            "a", "Harbour Post", Day(25), Claim(Figure(1800, FigureBound.MoreThan), "Red Cross", Day(25)), Claim(Figure(1874), "UN office", Day(25))));
        var group = GroupOf(result, "a#1");
        Assert.Equal(1800, group.Best);
        Assert.Equal(1874, group.High);
    }

    [Fact]
    public void Every_decision_keeps_its_evidence()
    {
        var result = Reconcile(
            Article("a", "Meridian Wire", Day(24), Claim(Figure(1200, FigureBound.AtLeast), "emergency centre", Day(24))),
            Article("b", "Kestrel Times", Day(25), Claim(Figure(1874), "emergency centre", Day(25))));
        var group = GroupOf(result, "a#1");
        var evidence = Assert.Single(group.Evidence);
        Assert.Contains("1874", evidence.Reason, StringComparison.Ordinal);
        Assert.Contains("emergency centre", evidence.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Money_and_unknown_categories_are_listed_but_not_reconciled()
    {
        var result = Reconcile(Article(
            "a", "Kestrel Times", Day(25), Claim(Figure(1.5e9, unit: "dollar"), "finance minister", Day(25), category: "money"), Claim(Figure(180), "institute", Day(25), category: "other")));
        Assert.Equal(2, result.Claims.Length);
        Assert.Empty(result.Groups);
    }

    [Fact]
    public void Comparisons_stay_linear_in_a_large_category()
    {
        var claims = Enumerable.Range(0, 2000).Select(i => Claim(Figure(100 + i), i % 2 == 0 ? "ministry" : "monitor", Day(1 + (i % 27)))).ToArray();
        var result = Reconcile(Article("big", "Harbour Post", Day(28), claims));
        Assert.InRange(result.Relations.Length, 1, claims.Length * Reconciler.Window);
    }
}

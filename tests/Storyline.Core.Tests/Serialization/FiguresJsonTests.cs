using System.Text.Json;
using Storyline.Core.Model;
using Storyline.Core.Reconciliation;
using Storyline.Core.Serialization;
using static Storyline.Core.Tests.Reconciliation.StoryBuilder;

namespace Storyline.Core.Tests.Serialization;

public sealed class FiguresJsonTests
{
    private static JsonElement Serialize(params StoryArticle[] articles) =>
        JsonSerializer.SerializeToElement(FiguresJson.From(new Reconciler().Reconcile(articles)), StorylineJson.Options);

    [Fact]
    public void A_claim_has_the_issue_keys_and_an_open_end_as_null()
    {
        var json = Serialize(Article("wire", "Meridian Wire", Day(24), Claim(Figure(1200, FigureBound.AtLeast), "national emergency operations centre", Day(24), place: Ancash)));
        var claim = Assert.Single(json.GetProperty("claims").EnumerateArray().ToList());
        foreach (var key in (string[])["id", "article_id", "outlet", "sentence", "start", "end", "value", "low", "high", "low_open", "high_open", "bound", "unit", "category", "subject", "place", "time", "cumulative", "source"])
        {
            Assert.True(claim.TryGetProperty(key, out _), $"missing key {key}");
        }

        Assert.Equal("wire#1", claim.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, claim.GetProperty("high").ValueKind);
        Assert.Equal("at_least", claim.GetProperty("bound").GetString());
        Assert.Equal("Ancash", claim.GetProperty("place").GetProperty("name").GetString());
        Assert.Equal(-77.5, claim.GetProperty("place").GetProperty("lon").GetDouble());
        Assert.Equal("2026-02-24", claim.GetProperty("time").GetProperty("end").GetString());
        Assert.Equal("national emergency operations centre", claim.GetProperty("source").GetProperty("name").GetString());
    }

    [Fact]
    public void A_figure_the_outlet_states_itself_has_a_null_source()
    {
        var json = Serialize(Article("a", "Harbour Post", Day(24), Claim(Figure(40000, FigureBound.Approximately), null, Day(24), category: "displaced")));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("claims")[0].GetProperty("source").ValueKind);
    }

    [Fact]
    public void A_group_has_the_issue_keys_and_its_evidence()
    {
        var json = Serialize(Article(
            "a", "Equator Observer", Day(2), Claim(Figure(12), "provincial government", Day(2)), Claim(Figure(40, FigureBound.AtLeast), "Kivu Civic Watch", Day(2))));
        var group = Assert.Single(json.GetProperty("groups").EnumerateArray().ToList());
        foreach (var key in (string[])["claims", "category", "subject", "place", "time", "relation", "best", "low", "high", "independent_sources", "evidence"])
        {
            Assert.True(group.TryGetProperty(key, out _), $"missing key {key}");
        }

        Assert.Equal("contested", group.GetProperty("relation").GetString());
        Assert.Equal(["a#1", "a#2"], group.GetProperty("evidence")[0].GetProperty("claims").EnumerateArray().Select(c => c.GetString()!).Order(StringComparer.Ordinal).ToArray());
        Assert.False(string.IsNullOrEmpty(group.GetProperty("evidence")[0].GetProperty("reason").GetString()));
    }

    [Fact]
    public void Relation_names_are_snake_case() =>
        Assert.Equal("differently_scoped", ClaimGroupJson.RelationName(ClaimRelationKind.DifferentlyScoped));
}

using Storyline.Eval.Quantities;

namespace Storyline.Eval.Tests.Quantities;

public sealed class NewsQuantScorerTests
{
    private static NewsQuantQuantity Q(string value, string change = "=", string unit = "-") => new(value, change, unit);

    [Fact]
    public void A_prediction_matching_value_change_and_unit_counts_for_all_three()
    {
        var score = NewsQuantScorer.Score([([Q("1200", "=", "people")], [Q("1200", "=", "people")])]);
        Assert.Equal((1, 1, 1), (score.Value.Correct, score.ValueChange.Correct, score.ValueUnit.Correct));
        Assert.Equal(100, score.Value.F1);
    }

    [Fact]
    public void Values_match_with_numpy_isclose_tolerance()
    {
        Assert.True(NewsQuantScorer.ValuesMatch(NewsQuantScorer.Decode("0.3333333333333333"), NewsQuantScorer.Decode("0.333333333333")));
        Assert.False(NewsQuantScorer.ValuesMatch(NewsQuantScorer.Decode("33.33"), NewsQuantScorer.Decode("0.3333")));
    }

    [Fact]
    public void Ranges_match_only_ranges()
    {
        Assert.True(NewsQuantScorer.ValuesMatch(NewsQuantScorer.Decode("50.0-90.0"), NewsQuantScorer.Decode("50-90")));
        Assert.False(NewsQuantScorer.ValuesMatch(NewsQuantScorer.Decode("50-90"), NewsQuantScorer.Decode("50")));
        Assert.Equal((-5.0, (double?)null), NewsQuantScorer.Decode("-5.0"));
        Assert.Equal((1.99e-29, (double?)null), NewsQuantScorer.Decode("1.99E-29"));
    }

    [Fact]
    public void A_value_match_with_the_wrong_unit_is_not_consumed_and_the_walk_goes_on()
    {
        // As in CQE's script: the first prediction matches the value but not the unit, so it stays
        // available and the walk continues to the second, which matches both.
        var gold = new[] { Q("5", "=", "mile") };
        var predicted = new[] { Q("5", "=", "day"), Q("5", "=", "mile") };
        var score = NewsQuantScorer.Score([(gold, predicted)]);
        Assert.Equal(1, score.Value.Correct);
        Assert.Equal(2, score.ValueChange.Correct);
        Assert.Equal(1, score.ValueUnit.Correct);
        Assert.Equal(50, score.Value.Precision);
        Assert.Equal(100, score.Value.Recall);
    }

    [Fact]
    public void Value_credit_is_capped_at_the_number_of_gold_quantities_in_the_sentence()
    {
        var gold = new[] { Q("5", "=", "mile") };
        var predicted = new[] { Q("5", "=", "day"), Q("5", "=", "week") };
        var score = NewsQuantScorer.Score([(gold, predicted)]);
        Assert.Equal(1, score.Value.Correct);
        Assert.Equal(0, score.ValueUnit.Correct);
    }

    [Fact]
    public void Precision_and_recall_are_rounded_to_one_decimal_as_printed()
    {
        var gold = new[] { Q("1"), Q("2"), Q("3") };
        var predicted = new[] { Q("1") };
        var score = NewsQuantScorer.Score([(gold, predicted)]);
        Assert.Equal(33.3, score.Value.Recall);
        Assert.Equal(50.0, score.Value.F1);
    }
}

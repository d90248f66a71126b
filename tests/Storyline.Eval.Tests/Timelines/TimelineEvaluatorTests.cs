using Storyline.Eval.Rouge;
using Storyline.Eval.Timelines;

namespace Storyline.Eval.Tests.Timelines;

public sealed class TimelineEvaluatorTests
{
    // A fictional ferry accident, written for these tests.
    private const string Predicted = """
        2026-03-10
        Ferry sank.
        --------------------------------
        2026-03-12
        Divers searched.
        --------------------------------
        """;

    private const string Reference = """
        2026-03-10
        Ferry sank near port.
        --------------------------------
        2026-03-13
        Divers searched harbour.
        --------------------------------
        """;

    private static TimelineScores Score(string predicted, string reference) =>
        new TimelineEvaluator(new RougeOptions()).Evaluate(Timeline.Parse("p", predicted), [Timeline.Parse("r", reference)]);

    [Fact]
    public void Concat_ignores_dates()
    {
        var scores = Score(Predicted, Reference);
        // 4 predicted unigrams all in the 7 reference ones
        Assert.Equal(new PrecisionRecall(1, 4.0 / 7), scores.Concat[0]);
        // bigrams: "ferry sank", "divers searched" of 3 predicted, 6 reference
        Assert.Equal(new PrecisionRecall(2.0 / 3, 2.0 / 6), scores.Concat[1]);
    }

    [Fact]
    public void Agreement_only_credits_the_same_day()
    {
        var scores = Score(Predicted, Reference);
        // 03-10: 2 hits of 2 predicted / 4 reference; 03-12 only predicted (2); 03-13 only reference (3)
        Assert.Equal(new PrecisionRecall(2.0 / 4, 2.0 / 7), scores.Agreement[0]);
    }

    [Fact]
    public void Align_many_to_one_maps_near_days_and_discounts_them()
    {
        var scores = Score(Predicted, Reference);
        // 03-12 maps to 03-13 (cost 0.5 x (1 - 0.8) = 0.1, against 2/3 for 03-10): 2 hits x 1/2.
        // Precision (2 + 1) / 4; recall: 03-10 -> 03-10 (2 of 4), 03-13 -> 03-12 (2 x 1/2 of 3).
        Assert.Equal(new PrecisionRecall(3.0 / 4, 3.0 / 7), scores.AlignManyToOne[0]);
    }

    [Fact]
    public void Date_f1_counts_exact_days()
    {
        var scores = Score(Predicted, Reference);
        Assert.Equal(new PrecisionRecall(0.5, 0.5), scores.Dates);
        Assert.Equal(0.5, scores.Dates.F1, 10);
    }

    [Fact]
    public void A_timeline_against_itself_scores_one_everywhere()
    {
        var scores = Score(Reference, Reference);
        Assert.All(scores.Concat.Concat(scores.Agreement).Concat(scores.AlignManyToOne).Append(scores.Dates), s => Assert.Equal(1, s.F1, 10));
    }

    [Fact]
    public void A_line_that_is_no_date_where_one_is_due_is_reported_with_its_line_number()
    {
        var error = Assert.Throws<InvalidDataException>(() => Timeline.Parse("broken", "March 10\nFerry sank.\n"));
        Assert.Contains("broken:1", error.Message);
    }
}

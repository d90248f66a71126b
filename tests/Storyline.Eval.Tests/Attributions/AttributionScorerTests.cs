using Storyline.Eval.Attributions;

namespace Storyline.Eval.Tests.Attributions;

public sealed class AttributionScorerTests
{
    private static TokenSpans Spans((int, int) cue, (int, int)? source, (int, int) content) =>
        new([cue], source is { } s ? [s] : [], [content]);

    [Fact]
    public void An_identical_prediction_scores_one_hundred_everywhere()
    {
        var gold = Spans((3, 4), (0, 3), (4, 10));
        var score = AttributionScorer.Score([([gold], [gold])]);
        Assert.Equal(100, score.CueExact.F1);
        Assert.Equal(100, score.SourceExact.F1);
        Assert.Equal(100, score.SourceOverlap.F1);
        Assert.Equal(100, score.ContentOverlap.F1);
    }

    [Fact]
    public void Source_overlap_counts_shared_tokens_against_each_side()
    {
        // Gold source is 4 tokens; the prediction covers the last 2 plus nothing else.
        var gold = Spans((4, 5), (0, 4), (5, 9));
        var predicted = Spans((4, 5), (2, 4), (5, 9));
        var score = AttributionScorer.Score([([gold], [predicted])]);
        Assert.Equal(100, score.SourceOverlap.Precision);
        Assert.Equal(50, score.SourceOverlap.Recall);
        Assert.Equal(0, score.SourceExact.F1);
    }

    [Fact]
    public void Source_exact_needs_an_overlapping_cue()
    {
        var gold = Spans((4, 5), (0, 4), (5, 9));
        var wrongCue = Spans((12, 13), (0, 4), (5, 9));
        var score = AttributionScorer.Score([([gold], [wrongCue])]);
        Assert.Equal(0, score.SourceExact.F1);
        Assert.Equal(100, score.SourceOverlap.F1);
    }

    [Fact]
    public void Missing_and_extra_attributions_lower_recall_and_precision()
    {
        var gold = Spans((4, 5), (0, 4), (5, 9));
        var extra = Spans((20, 21), (18, 20), (21, 25));
        var score = AttributionScorer.Score([([gold, extra], [gold])]);
        Assert.Equal(100, score.CueExact.Precision);
        Assert.Equal(50, score.CueExact.Recall);
    }

    [Fact]
    public void Citron_alignment_also_accepts_a_cue_starting_where_the_gold_cue_ends()
    {
        // Citron's are_overlapping_spans tests start <= other end, so touching spans align.
        Assert.True(AttributionScorer.CuesOverlap([(5, 6)], [(4, 5)]));
        Assert.False(AttributionScorer.CuesOverlap([(4, 5)], [(5, 6)]));
        Assert.False(AttributionScorer.CuesOverlap([], [(5, 6)]));
    }

    [Fact]
    public void Overlap_sums_over_every_pair_of_predicted_and_gold_attributions()
    {
        // Two gold attributions share one source (as PolNeAR events may); one prediction with that source counts against both.
        var first = Spans((4, 5), (0, 4), (5, 9));
        var second = Spans((12, 13), (0, 4), (13, 16));
        var predicted = Spans((4, 5), (0, 4), (5, 9));
        var score = AttributionScorer.Score([([first, second], [predicted])]);
        Assert.Equal(200, score.SourceOverlap.Precision);
        Assert.Equal(100, score.SourceOverlap.Recall);
    }

    [Fact]
    public void Exact_source_compares_every_span_of_a_discontinuous_source()
    {
        var gold = new TokenSpans([(6, 7)], [(0, 2), (3, 5)], [(7, 9)]);
        var joined = new TokenSpans([(6, 7)], [(0, 5)], [(7, 9)]);
        Assert.Equal(0, AttributionScorer.Score([([gold], [joined])]).SourceExact.F1);
        Assert.Equal(100, AttributionScorer.Score([([gold], [gold])]).SourceExact.F1);
    }

    [Fact]
    public void Nothing_predicted_and_nothing_gold_scores_zero_without_dividing_by_zero()
    {
        var score = AttributionScorer.Score([([], [])]);
        Assert.Equal(0, score.SourceOverlap.F1);
        Assert.Equal(0, score.CueExact.F1);
    }
}

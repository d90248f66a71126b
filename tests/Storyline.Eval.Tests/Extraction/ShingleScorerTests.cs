using Storyline.Eval.Extraction;

namespace Storyline.Eval.Tests.Extraction;

public sealed class ShingleScorerTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Tokens_are_runs_of_word_characters_with_case_kept()
    {
        Assert.Equal(["The", "ferry", "s", "2nd", "run_late", "Ørsta", "café"], ShingleScorer.Tokenize("The ferry's 2nd run_late — Ørsta, café!"));
    }

    [Fact]
    public void Combining_marks_split_tokens_as_in_python()
    {
        // "e" + COMBINING ACUTE ACCENT: Python's \w does not match the mark, .NET's \w would.
        Assert.Equal(["cafe", "x"], ShingleScorer.Tokenize("cafe\u0301x"));
    }

    [Fact]
    public void Shingles_are_counted_four_grams()
    {
        var shingles = ShingleScorer.Shingles("a b c d a b c d");

        Assert.Equal(4, shingles.Count);
        Assert.Equal(2, shingles["a b c d "]);
    }

    [Fact]
    public void A_text_shorter_than_a_shingle_gives_one_short_shingle()
    {
        Assert.Equal(1, ShingleScorer.Shingles("two words")["two words "]);
        Assert.Empty(ShingleScorer.Shingles("  ,.; "));
    }

    [Fact]
    public void Identical_texts_score_one()
    {
        var match = ShingleScorer.Match("The quay reopened on Friday after repairs.", "The  quay reopened, on Friday after repairs");

        Assert.Equal(1.0, match.TruePositive, Tolerance);
        Assert.Equal(1.0, match.Precision);
        Assert.Equal(1.0, match.Recall);
    }

    [Fact]
    public void Extra_text_costs_precision_and_missing_text_costs_recall()
    {
        // gold: 6 tokens, 3 shingles; prediction adds two tokens, giving 2 extra shingles.
        var match = ShingleScorer.Match("one two three four five six", "one two three four five six seven eight");

        Assert.Equal(3.0 / 5, match.TruePositive, Tolerance);
        Assert.Equal(2.0 / 5, match.FalsePositive, Tolerance);
        Assert.Equal(0.0, match.FalseNegative, Tolerance);
        Assert.Equal(3.0 / 5, match.Precision, Tolerance);
        Assert.Equal(1.0, match.Recall, Tolerance);

        var missing = ShingleScorer.Match("one two three four five six seven eight", "one two three four five six");
        Assert.Equal(1.0, missing.Precision, Tolerance);
        Assert.Equal(3.0 / 5, missing.Recall, Tolerance);
    }

    [Fact]
    public void Repeated_text_counts_as_extra()
    {
        var match = ShingleScorer.Match("alpha beta gamma delta", "alpha beta gamma delta alpha beta gamma delta");

        // prediction: 5 shingles, one of them matching gold's single shingle.
        Assert.Equal(1.0 / 5, match.Precision, Tolerance);
        Assert.Equal(1.0, match.Recall, Tolerance);
    }

    [Fact]
    public void Empty_prediction_scores_zero_recall_and_is_left_out_of_precision()
    {
        var match = ShingleScorer.Match("the harbour bridge reopened today", string.Empty);

        Assert.False(match.CountsForPrecision);
        Assert.True(match.CountsForRecall);
        Assert.Equal(0.0, match.Recall);
    }

    [Fact]
    public void Both_empty_count_for_neither_average()
    {
        var match = ShingleScorer.Match(string.Empty, "!!");

        Assert.False(match.CountsForPrecision);
        Assert.False(match.CountsForRecall);
    }

    [Fact]
    public void F1_comes_from_the_averaged_precision_and_recall()
    {
        var pages = new[]
        {
            ShingleScorer.Match("one two three four five six", "one two three four five six seven eight"),
            ShingleScorer.Match("one two three four five six seven eight", "one two three four five six"),
            ShingleScorer.Match("the harbour bridge reopened today", string.Empty),
        };

        var score = ExtractionScore.From(pages);

        var precision = (3.0 / 5 + 1.0) / 2;
        var recall = (1.0 + 3.0 / 5 + 0.0) / 3;
        Assert.Equal(precision, score.Precision, Tolerance);
        Assert.Equal(recall, score.Recall, Tolerance);
        Assert.Equal(2 * precision * recall / (precision + recall), score.F1, Tolerance);
        Assert.Equal(3, score.Pages);
    }
}

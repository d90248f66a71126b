using Storyline.Core.Model;
using Storyline.Core.Pipeline;
using Storyline.Eval.Quantities;

namespace Storyline.Eval.Tests.Quantities;

public sealed class NewsQuantEvaluatorTests
{
    private static Figure Figure(
        double value, double low, double high, FigureBound bound, string? unit = null, FigureChange change = FigureChange.None,
        bool approximate = false, bool descending = false, bool lowOpen = false, bool highOpen = false) =>
        new(new TextRange(0, 1), "x", value, low, high, lowOpen, highOpen, bound, 0, unit, change, approximate, descending);

    [Fact]
    public void Bounds_map_to_newsquant_operators()
    {
        Assert.Equal("=", NewsQuantEvaluator.Operator(Figure(5, 5, 5, FigureBound.Exact)));
        Assert.Equal("~", NewsQuantEvaluator.Operator(Figure(5, 4.5, 5.5, FigureBound.Approximately)));
        Assert.Equal(">", NewsQuantEvaluator.Operator(Figure(5, 5, double.PositiveInfinity, FigureBound.MoreThan, lowOpen: true, highOpen: true)));
        Assert.Equal(">", NewsQuantEvaluator.Operator(Figure(5, 5, double.PositiveInfinity, FigureBound.AtLeast, highOpen: true)));
        Assert.Equal("<", NewsQuantEvaluator.Operator(Figure(5, 0, 5, FigureBound.UpTo)));
        Assert.Equal("<", NewsQuantEvaluator.Operator(Figure(5, 0, 5, FigureBound.FewerThan, highOpen: true)));
        Assert.Equal("=", NewsQuantEvaluator.Operator(Figure(5, 5, 9, FigureBound.Range)));
        Assert.Equal("~", NewsQuantEvaluator.Operator(Figure(5, 5, 9, FigureBound.Range, approximate: true)));
        Assert.Equal("up", NewsQuantEvaluator.Operator(Figure(5, 5, 5, FigureBound.Exact, change: FigureChange.Increase)));
        Assert.Equal("down", NewsQuantEvaluator.Operator(Figure(5, 5, 5, FigureBound.Exact, change: FigureChange.Decrease)));
    }

    [Fact]
    public void Ranges_keep_the_order_they_were_written_in_and_units_default_to_a_dash()
    {
        Assert.Equal(new NewsQuantQuantity("50-90", "=", "-"), NewsQuantEvaluator.ToQuantity(Figure(50, 50, 90, FigureBound.Range)));
        Assert.Equal(
            new NewsQuantQuantity("4.8-4.7", "=", "percentage"),
            NewsQuantEvaluator.ToQuantity(Figure(4.7, 4.7, 4.8, FigureBound.Range, "percentage", descending: true)));
        Assert.Equal(new NewsQuantQuantity("12-120", "=", "boat"), NewsQuantEvaluator.ToQuantity(Figure(12, 12, 120, FigureBound.Vague, "boat")));
        Assert.Equal(new NewsQuantQuantity("2700000", "<", "pound sterling"), NewsQuantEvaluator.ToQuantity(Figure(2_700_000, 0, 2_700_000, FigureBound.UpTo, "pound sterling")));
    }

    [Fact]
    public void A_handwritten_newsquant_file_is_scored_end_to_end()
    {
        // Fictional sentences in NewsQuant's format; the gold follows NewsQuant's conventions.
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """
            [
             {"text": "More than 5,000 people fled Lanmere on Tuesday.",
              "quantities": [{"value": "5000.0", "change": ">", "unit": "people", "normalized_unit": "people", "referred_concepts": "fled"}]},
             {"text": "The Lanmere index fell 2.5% to 1,478 points.",
              "quantities": [{"value": "2.5", "change": "down", "unit": "%", "normalized_unit": "percentage", "referred_concepts": "index"},
                             {"value": "1478.0", "change": "=", "unit": "points", "normalized_unit": "point", "referred_concepts": "index"}]},
             {"text": "Rescuers said between 50 and 90 boats were missing.",
              "quantities": [{"value": "50.0-90.0", "change": "=", "unit": "boats", "normalized_unit": "boat", "referred_concepts": "missing"}]},
             {"text": "The Coastal Relief Agency has 40 trucks.",
              "quantities": [{"value": "41.0", "change": "=", "unit": "trucks", "normalized_unit": "truck", "referred_concepts": "agency"}]}
            ]
            """);
        try
        {
            var evaluation = NewsQuantEvaluator.Evaluate(path, StandardPipeline.Create());
            var score = evaluation.Score;
            Assert.Equal(4, evaluation.Sentences);
            Assert.Equal(5, score.Gold);
            Assert.Equal(5, score.Predicted);

            // Four of five values are found ("40 trucks" is not the gold 41); all four carry the right operator and unit.
            Assert.Equal(4, score.Value.Correct);
            Assert.Equal(4, score.ValueChange.Correct);
            Assert.Equal(4, score.ValueUnit.Correct);
            Assert.Equal(80.0, score.Value.F1);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using Storyline.Core.Pipeline;
using Storyline.Eval.Attributions;

namespace Storyline.Eval.Tests.Attributions;

public sealed class AttributionEvaluatorTests
{
    [Fact]
    public void A_prediction_aligned_with_a_number_gold_counts_in_the_number_subset_whatever_content_it_predicted()
    {
        var folder = Directory.CreateTempSubdirectory("polnear-numbers").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "text"));
        Directory.CreateDirectory(Path.Combine(folder, "attributions"));
        const string text = "The harbour master said boats sank. In all, 40 were lost.\n\nThe farmers union said 300 sheep drowned.";
        File.WriteAllText(Path.Combine(folder, "text", "flood.txt"), text);

        // Gold: the harbour master's content runs into the next sentence and holds the number there;
        // the farmers union's attribution is not annotated, so the prediction for it is a false alarm.
        File.WriteAllText(Path.Combine(folder, "attributions", "flood_ef56.ann"), string.Join('\n',
            "T1\tSource 0 17\tThe harbour master",
            "T2\tCue 18 22\tsaid",
            "T3\tContent 23 57\tboats sank. In all, 40 were lost",
            "T4\tAttribution 18 22\tsaid",
            "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3"));
        var evaluation = AttributionEvaluator.Evaluate(folder, StandardPipeline.Create());
        Assert.Equal(1, evaluation.WithNumbers.Gold);
        Assert.Equal(2, evaluation.WithNumbers.Predicted);
        Assert.Equal(100, evaluation.WithNumbers.SourceOverlap.Recall);
        Assert.Equal(50, evaluation.WithNumbers.SourceExact.Precision);
        Assert.Contains(evaluation.Comparisons, c => c.GoldCue is null && c.PredictedSource == "The farmers union");
    }
}

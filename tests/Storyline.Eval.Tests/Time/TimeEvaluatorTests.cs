using Storyline.Eval.Time;

namespace Storyline.Eval.Tests.Time;

/// <summary>The time stage on the shared TempEval-3 training data and MEANTIME (read by path, never copied).</summary>
public sealed class TimeEvaluatorTests
{
    [Fact]
    public void Tempeval3_training_data_is_scored_end_to_end()
    {
        var evaluation = TimeEvaluator.Score(SharedData.Path("time", "tempeval3-train"));

        Assert.Equal(256, evaluation.Files);
        Assert.Equal(1822, evaluation.Score.Gold);
        Assert.InRange(evaluation.Score.RelaxedF1, 85, 100);
        Assert.InRange(evaluation.Score.ValueF1, 70, evaluation.Score.RelaxedF1);
        Assert.InRange(evaluation.Score.StrictF1, 0, evaluation.Score.RelaxedF1);
    }

    [Fact]
    public void Meantime_is_scored_once_per_article_on_its_annotated_sentences()
    {
        var evaluation = TimeEvaluator.Score(SharedData.Path("time", "meantime-en"));

        Assert.Equal(120, evaluation.Files);
        Assert.True(evaluation.Score.Gold > 300, $"{evaluation.Score.Gold} gold timexes");
        Assert.InRange(evaluation.Score.ValueF1, 60, 100);
    }
}

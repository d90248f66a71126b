using Storyline.Eval.Clustering;

namespace Storyline.Eval.Tests.Clustering;

public class LogisticRegressionTests
{
    [Fact]
    public void Learns_which_feature_tells_the_classes_apart_whatever_their_sizes()
    {
        // Feature 0 decides the label (with some overlap); feature 1 is noise. Far more negatives
        // than positives, as in story candidates.
        var random = new Random(3);
        var samples = new List<(double[] Features, bool Label)>();
        for (var i = 0; i < 2000; i++)
        {
            var label = i % 10 == 0;
            samples.Add(([(label ? 0.6 : 0.2) + (random.NextDouble() * 0.3), random.NextDouble()], label));
        }

        var weights = LogisticRegression.Fit(samples);
        Assert.Equal(3, weights.Length);
        Assert.True(weights[0] > 5, $"decisive weight {weights[0]}");
        Assert.True(Math.Abs(weights[1]) < weights[0] / 5, $"noise weight {weights[1]} against {weights[0]}");

        // Balanced classes put the boundary between the two ranges (0.2-0.5 and 0.6-0.9).
        var boundary = -weights[2] / weights[0];
        Assert.InRange(boundary - (weights[1] * 0.5 / weights[0]), 0.45, 0.65);
        Assert.Equal(weights, LogisticRegression.Fit(samples));
    }

    [Fact]
    public void One_class_alone_is_refused()
    {
        var samples = new List<(double[] Features, bool Label)> { ([1.0], true), ([0.5], true) };
        Assert.Throws<InvalidDataException>(() => LogisticRegression.Fit(samples));
    }
}

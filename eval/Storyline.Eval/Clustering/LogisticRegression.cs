namespace Storyline.Eval.Clustering;

/// <summary>
/// L2-regularised logistic regression fitted by Newton's method (a few dozen features at most, so the
/// Hessian is small): deterministic, no learning rate to tune. Positives and negatives are weighted to
/// count equally, since a story has one right candidate and many wrong ones.
/// </summary>
public static class LogisticRegression
{
    /// <returns>The weights, then the bias as the last element.</returns>
    public static double[] Fit(IReadOnlyList<(double[] Features, bool Label)> samples, double l2 = 0.01, int iterations = 50)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0 || samples.All(s => s.Label) || samples.All(s => !s.Label))
        {
            throw new InvalidDataException($"cannot fit a logistic model to {samples.Count} samples without both positive and negative ones");
        }

        var d = samples[0].Features.Length + 1;
        var positives = samples.Count(s => s.Label);
        var positiveWeight = samples.Count / (2.0 * positives);
        var negativeWeight = samples.Count / (2.0 * (samples.Count - positives));
        var w = new double[d];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var gradient = new double[d];
            var hessian = new double[d, d];
            for (var j = 0; j < d - 1; j++)
            {
                gradient[j] = l2 * w[j];
                hessian[j, j] = l2;
            }

            foreach (var (features, label) in samples)
            {
                var x = Augmented(features);
                var p = Sigmoid(Dot(w, x));
                var weight = label ? positiveWeight : negativeWeight;
                var residual = weight * (p - (label ? 1 : 0));
                var curvature = weight * p * (1 - p);
                for (var a = 0; a < d; a++)
                {
                    gradient[a] += residual * x[a];
                    for (var b = 0; b < d; b++)
                    {
                        hessian[a, b] += curvature * x[a] * x[b];
                    }
                }
            }

            var step = Solve(hessian, gradient);
            var size = 0.0;
            for (var j = 0; j < d; j++)
            {
                w[j] -= step[j];
                size = Math.Max(size, Math.Abs(step[j]));
            }

            if (size < 1e-8)
            {
                break;
            }
        }

        return w;
    }

    private static double[] Augmented(double[] features) => [.. features, 1.0];

    private static double Dot(double[] w, double[] x)
    {
        var sum = 0.0;
        for (var i = 0; i < w.Length; i++)
        {
            sum += w[i] * x[i];
        }

        return sum;
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>Gaussian elimination with partial pivoting; the regularised Hessian is positive definite.</summary>
    private static double[] Solve(double[,] matrix, double[] vector)
    {
        var n = vector.Length;
        var a = (double[,])matrix.Clone();
        var b = (double[])vector.Clone();
        for (var column = 0; column < n; column++)
        {
            var pivot = column;
            for (var row = column + 1; row < n; row++)
            {
                if (Math.Abs(a[row, column]) > Math.Abs(a[pivot, column]))
                {
                    pivot = row;
                }
            }

            for (var k = 0; k < n; k++)
            {
                (a[column, k], a[pivot, k]) = (a[pivot, k], a[column, k]);
            }

            (b[column], b[pivot]) = (b[pivot], b[column]);
            for (var row = column + 1; row < n; row++)
            {
                var factor = a[row, column] / a[column, column];
                for (var k = column; k < n; k++)
                {
                    a[row, k] -= factor * a[column, k];
                }

                b[row] -= factor * b[column];
            }
        }

        var x = new double[n];
        for (var row = n - 1; row >= 0; row--)
        {
            var sum = b[row];
            for (var k = row + 1; k < n; k++)
            {
                sum -= a[row, k] * x[k];
            }

            x[row] = sum / a[row, row];
        }

        return x;
    }
}

namespace Storyline.Eval.Rouge;

/// <summary>A system's average over evaluations, with the bootstrap confidence interval, as ROUGE prints it.</summary>
public sealed record RougeAverage(RougeScore Mean, RougeScore Lower, RougeScore Upper, int Evaluations)
{
    /// <summary>
    /// computeAverages (<c>-t 0</c>): the reported average is not the plain mean but the mean of
    /// <paramref name="options"/>.Resamples bootstrap means, sample i drawn with <c>srand(i)</c> over
    /// the evaluation ids in Perl's string order. Reproducing that is what makes the published
    /// figures match to the last decimal rather than to about 0.001.
    /// </summary>
    public static RougeAverage Of(IReadOnlyDictionary<string, RougeScore> scoresByEvaluationId, RougeOptions options)
    {
        var instances = scoresByEvaluationId.Keys.Order(StringComparer.Ordinal).Select(id => scoresByEvaluationId[id]).ToArray();
        if (instances.Length == 0)
        {
            return new RougeAverage(default, default, default, 0);
        }

        var recall = new double[options.Resamples];
        var precision = new double[options.Resamples];
        var f = new double[options.Resamples];
        for (var sample = 0; sample < options.Resamples; sample++)
        {
            var random = new Drand48((uint)sample);
            double r = 0, p = 0, fs = 0;
            for (var i = 0; i < instances.Length; i++)
            {
                var picked = instances[random.NextIndex(instances.Length)];
                r += picked.Recall;
                p += picked.Precision;
                fs += picked.F;
            }

            recall[sample] = r / instances.Length;
            precision[sample] = p / instances.Length;
            f[sample] = fs / instances.Length;
        }

        Array.Sort(recall);
        Array.Sort(precision);
        Array.Sort(f);
        var delta = options.Resamples * ((100 - options.Confidence) / 2.0) / 100.0;
        var upperLow = (int)(options.Resamples - delta - 1);
        var lowerLow = (int)delta;
        var ratio = options.Resamples - delta - 1 - upperLow;
        return new RougeAverage(
            new RougeScore(RougeScore.Round5(recall.Sum() / recall.Length), RougeScore.Round5(precision.Sum() / precision.Length), RougeScore.Round5(f.Sum() / f.Length)),
            new RougeScore(Interpolate(recall, lowerLow, ratio), Interpolate(precision, lowerLow, ratio), Interpolate(f, lowerLow, ratio)),
            new RougeScore(Interpolate(recall, upperLow, ratio), Interpolate(precision, upperLow, ratio), Interpolate(f, upperLow, ratio)),
            instances.Length);
    }

    /// <summary>The plain mean of per-evaluation scores (what most re-implementations report).</summary>
    public static RougeScore PlainMean(IEnumerable<RougeScore> scores)
    {
        var list = scores.ToList();
        return list.Count == 0
            ? default
            : new RougeScore(list.Average(s => s.Recall), list.Average(s => s.Precision), list.Average(s => s.F));
    }

    private static double Interpolate(double[] sorted, int index, double ratio)
    {
        var low = sorted[Math.Clamp(index, 0, sorted.Length - 1)];
        var high = sorted[Math.Clamp(index + 1, 0, sorted.Length - 1)];
        return RougeScore.Round5(low + (high - low) * ratio);
    }
}

namespace Storyline.Eval.Clustering;

/// <summary>
/// Pair-counting and B-cubed scores of a clustering against gold clusters. Pair counts follow the
/// definition used by Miranda et al. (2018)'s public scorer: over all C(n, 2) item pairs, TP pairs
/// share both a gold and a system cluster, FP share only a system cluster, FN only a gold one.
/// </summary>
public sealed record ClusteringScore(
    int Items,
    int GoldClusters,
    int SystemClusters,
    long TruePositivePairs,
    long FalsePositivePairs,
    long FalseNegativePairs,
    long TrueNegativePairs,
    double BCubedPrecision,
    double BCubedRecall)
{
    public double PairwisePrecision => Ratio(TruePositivePairs, TruePositivePairs + FalsePositivePairs);

    public double PairwiseRecall => Ratio(TruePositivePairs, TruePositivePairs + FalseNegativePairs);

    public double PairwiseF1 => F1(PairwisePrecision, PairwiseRecall);

    public double BCubedF1 => F1(BCubedPrecision, BCubedRecall);

    internal static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    // No predicted pairs means no false ones: precision 1, as in the reference scorer's convention.
    private static double Ratio(long part, long whole) => whole == 0 ? 1 : part / (double)whole;
}

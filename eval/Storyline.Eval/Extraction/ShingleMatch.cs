namespace Storyline.Eval.Extraction;

/// <summary>
/// One page's shingle overlap, normalised so that TP + FP + FN = 1 (or all zero when both texts
/// have no tokens): long articles then weigh no more than short ones in the averages.
/// </summary>
public readonly record struct ShingleMatch(double TruePositive, double FalsePositive, double FalseNegative)
{
    /// <summary>Precision as the benchmark defines it: 1 when nothing is missing or extra, 0 when nothing was found.</summary>
    public double Precision =>
        FalsePositive == 0 && FalseNegative == 0 ? 1.0
        : TruePositive == 0 && FalsePositive == 0 ? 0.0
        : TruePositive / (TruePositive + FalsePositive);

    /// <summary>Recall as the benchmark defines it: 1 when nothing is missing or extra, 0 when nothing was found.</summary>
    public double Recall =>
        FalsePositive == 0 && FalseNegative == 0 ? 1.0
        : TruePositive == 0 && FalseNegative == 0 ? 0.0
        : TruePositive / (TruePositive + FalseNegative);

    /// <summary>Only pages that predicted something count towards mean precision.</summary>
    public bool CountsForPrecision => TruePositive + FalsePositive > 0;

    /// <summary>Only pages whose gold (or the overlap) is non-empty count towards mean recall.</summary>
    public bool CountsForRecall => TruePositive + FalseNegative > 0;

    /// <summary>Per-page F1, for ranking the worst pages (the benchmark's F1 is computed from the averages instead).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

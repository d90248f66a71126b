namespace Storyline.Eval.Timelines;

/// <summary>Precision, recall and F1 of one timeline measure.</summary>
public readonly record struct PrecisionRecall(double Precision, double Recall)
{
    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;

    public static PrecisionRecall FromCounts(double precisionNumerator, double precisionDenominator, double recallNumerator, double recallDenominator) =>
        new(precisionDenominator > 0 ? precisionNumerator / precisionDenominator : 0, recallDenominator > 0 ? recallNumerator / recallDenominator : 0);
}

/// <summary>The tilse measures of one predicted timeline against its reference timelines.</summary>
/// <param name="Concat">ROUGE-1/2 of all sentences, dates ignored.</param>
/// <param name="Agreement">ROUGE-1/2 counted only between entries of the same date.</param>
/// <param name="AlignManyToOne">align+ m:1: each date matched to the closest-in-date-and-content date on the other side, hits discounted by 1/(1+days apart).</param>
/// <param name="Dates">Date selection precision/recall/F1.</param>
public sealed record TimelineScores(
    IReadOnlyList<PrecisionRecall> Concat,
    IReadOnlyList<PrecisionRecall> Agreement,
    IReadOnlyList<PrecisionRecall> AlignManyToOne,
    PrecisionRecall Dates);

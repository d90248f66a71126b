namespace Storyline.Eval.Rouge;

/// <summary>Recall, precision and F of one peer on one evaluation, each rounded to 5 decimals as ROUGE prints them.</summary>
public readonly record struct RougeScore(double Recall, double Precision, double F)
{
    /// <summary>
    /// The script rounds recall and precision first (<c>sprintf "%7.5f"</c>) and computes F from the
    /// rounded values, then rounds F: reproduced here because it moves the fifth decimal.
    /// </summary>
    public static RougeScore FromCounts(double hit, double modelCount, double peerCount, double alpha)
    {
        var recall = modelCount != 0 ? Round5(hit / modelCount) : 0;
        var precision = peerCount != 0 ? Round5(hit / peerCount) : 0;
        return FromRecallPrecision(recall, precision, alpha);
    }

    public static RougeScore FromRecallPrecision(double recall, double precision, double alpha)
    {
        var denominator = (1 - alpha) * precision + alpha * recall;
        var f = denominator > 0 ? Round5(precision * recall / denominator) : 0;
        return new RougeScore(recall, precision, f);
    }

    /// <summary>C's <c>%.5f</c>: correctly rounded from the exact binary value, which .NET's "F5" also does.</summary>
    public static double Round5(double value) =>
        double.Parse(value.ToString("F5", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
}

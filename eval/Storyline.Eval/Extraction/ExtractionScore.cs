namespace Storyline.Eval.Extraction;

/// <summary>
/// Benchmark totals: mean precision over pages that predicted something, mean recall over pages
/// with gold text, and F1 computed from those two means (not the mean of per-page F1).
/// </summary>
public sealed record ExtractionScore(double F1, double Precision, double Recall, int Pages)
{
    public static ExtractionScore From(IReadOnlyCollection<ShingleMatch> pages)
    {
        var precision = Mean(pages.Where(p => p.CountsForPrecision).Select(p => p.Precision));
        var recall = Mean(pages.Where(p => p.CountsForRecall).Select(p => p.Recall));
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ExtractionScore(f1, precision, recall, pages.Count);
    }

    private static double Mean(IEnumerable<double> values)
    {
        double sum = 0;
        var count = 0;
        foreach (var value in values)
        {
            sum += value;
            count++;
        }

        return count == 0 ? 0 : sum / count;
    }
}

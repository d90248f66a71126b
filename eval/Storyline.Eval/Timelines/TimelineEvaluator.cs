using Storyline.Eval.Rouge;

namespace Storyline.Eval.Timelines;

/// <summary>
/// Timeline summarisation metrics of Martschat and Markert (2017), as the tilse toolkit computes
/// them: concat, agreement and align+ m:1 ROUGE-1/2 (micro-averaged counts over dates, several
/// reference timelines pooled as ROUGE's model average) and date F1. ROUGE counts come from the
/// ROUGE-1.5.5 port, so tokenisation, stemming and stopwords follow its options.
/// </summary>
public sealed class TimelineEvaluator(RougeOptions options)
{
    private readonly RougeScorer scorer = new(options with { SkipDistance = null, ComputeLcs = false });

    public TimelineScores Evaluate(Timeline predicted, IReadOnlyList<Timeline> references)
    {
        if (references.Count == 0)
        {
            throw new ArgumentException("at least one reference timeline is needed", nameof(references));
        }

        var predictedDays = predicted.Entries.ToDictionary(p => p.Key, p => Prepare(p.Value));
        var referenceDates = references.SelectMany(r => r.Dates).Distinct().Order().ToList();
        var referenceDays = referenceDates.ToDictionary(
            d => d,
            d => (IReadOnlyList<RougeTokens>)[.. references.Where(r => r.Entries.ContainsKey(d)).Select(r => Prepare(r.Entries[d]))]);
        var sizes = new[] { 1, 2 };

        var concatPeer = Prepare(predicted.Dates.SelectMany(d => predicted.Entries[d]));
        var concatModels = references.Select(r => Prepare(r.Dates.SelectMany(d => r.Entries[d]))).ToList();
        var concat = sizes.Select(n =>
        {
            var c = scorer.NgramCounts(concatPeer, concatModels, n);
            return PrecisionRecall.FromCounts(c.Hit, c.PeerCount, c.Hit, c.ModelCount);
        }).ToList();

        var agreement = sizes.Select(n => Agreement(predictedDays, referenceDays, n)).ToList();
        var predictedDates = predicted.Dates.ToList();
        var costs = new AlignmentCosts(predictedDays, referenceDays);
        var align = sizes.Select(n => AlignManyToOne(predictedDates, referenceDates, predictedDays, referenceDays, costs, n)).ToList();

        var common = predictedDates.Intersect(referenceDates).Count();
        var dates = new PrecisionRecall(
            predictedDates.Count > 0 ? (double)common / predictedDates.Count : 0,
            referenceDates.Count > 0 ? (double)common / referenceDates.Count : 0);
        return new TimelineScores(concat, agreement, align, dates);
    }

    private RougeTokens Prepare(IEnumerable<string> sentences) => scorer.Prepare(RougeSummary.FromSentences(sentences));

    private static readonly RougeTokens Empty = new([], []);

    private PrecisionRecall Agreement(Dictionary<DateOnly, RougeTokens> predicted, Dictionary<DateOnly, IReadOnlyList<RougeTokens>> references, int n)
    {
        double precisionHits = 0, precisionTotal = 0, recallHits = 0, recallTotal = 0;
        foreach (var date in predicted.Keys.Union(references.Keys))
        {
            var peer = predicted.GetValueOrDefault(date) ?? Empty;
            var models = references.GetValueOrDefault(date) ?? [];
            if (models.Count == 0)
            {
                // tilse scores a date only the prediction has against no reference: its n-grams count
                // in the precision denominator once.
                precisionTotal += scorer.NgramCounts(peer, [Empty], n).PeerCount;
                continue;
            }

            var counts = scorer.NgramCounts(peer, models, n);
            precisionHits += counts.Hit;
            precisionTotal += counts.PeerCount;
            recallHits += counts.Hit;
            recallTotal += counts.ModelCount;
        }

        return PrecisionRecall.FromCounts(precisionHits, precisionTotal, recallHits, recallTotal);
    }

    /// <summary>
    /// align+ m:1: for precision every predicted date is mapped to the reference date of least cost,
    /// for recall every reference date to the predicted date of least cost; cost is
    /// (1 - 1/(1+days apart)) x (1 - unigram F1 of the two days' texts), so the same day costs
    /// nothing and content breaks ties between near days. Hits are discounted by 1/(1+days apart).
    /// </summary>
    private PrecisionRecall AlignManyToOne(
        List<DateOnly> predictedDates,
        List<DateOnly> referenceDates,
        Dictionary<DateOnly, RougeTokens> predicted,
        Dictionary<DateOnly, IReadOnlyList<RougeTokens>> references,
        AlignmentCosts costs,
        int n)
    {
        double precisionHits = 0, precisionTotal = 0, recallHits = 0, recallTotal = 0;
        foreach (var date in predictedDates)
        {
            if (referenceDates.Count == 0)
            {
                precisionTotal += scorer.NgramCounts(predicted[date], [Empty], n).PeerCount;
                continue;
            }

            var match = costs.BestReference(date, referenceDates);
            var counts = scorer.NgramCounts(predicted[date], references[match], n);
            precisionHits += Discount(date, match) * counts.Hit;
            precisionTotal += counts.PeerCount;
        }

        foreach (var reference in referenceDates)
        {
            if (predictedDates.Count == 0)
            {
                recallTotal += scorer.NgramCounts(Empty, references[reference], n).ModelCount;
                continue;
            }

            var match = costs.BestPrediction(reference, predictedDates);
            var counts = scorer.NgramCounts(predicted[match], references[reference], n);
            recallHits += Discount(match, reference) * counts.Hit;
            recallTotal += counts.ModelCount;
        }

        return PrecisionRecall.FromCounts(precisionHits, precisionTotal, recallHits, recallTotal);
    }

    internal static double Discount(DateOnly a, DateOnly b) => 1.0 / (Math.Abs(a.DayNumber - b.DayNumber) + 1);
}

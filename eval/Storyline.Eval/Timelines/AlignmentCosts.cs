using Storyline.Eval.Rouge;

namespace Storyline.Eval.Timelines;

/// <summary>
/// The align+ cost of pairing a predicted day with a reference day:
/// (1 - 1/(1+days apart)) x (1 - unigram F1 of their texts, references pooled). Unigram counts are
/// built once per day so matching every day against every other stays cheap.
/// </summary>
internal sealed class AlignmentCosts
{
    private readonly Dictionary<DateOnly, Dictionary<string, int>> predictedCounts;
    private readonly Dictionary<DateOnly, List<Dictionary<string, int>>> referenceCounts;
    private readonly Dictionary<DateOnly, int> predictedTotals;
    private readonly Dictionary<DateOnly, DateOnly> bestReference = [];
    private readonly Dictionary<DateOnly, DateOnly> bestPrediction = [];

    public AlignmentCosts(Dictionary<DateOnly, RougeTokens> predicted, Dictionary<DateOnly, IReadOnlyList<RougeTokens>> references)
    {
        predictedCounts = predicted.ToDictionary(p => p.Key, p => Count(p.Value));
        referenceCounts = references.ToDictionary(p => p.Key, p => p.Value.Select(Count).ToList());
        predictedTotals = predictedCounts.ToDictionary(p => p.Key, p => p.Value.Values.Sum());
    }

    /// <summary>The reference day of least cost for a predicted day; the earliest on ties, as argmin does.</summary>
    public DateOnly BestReference(DateOnly predicted, List<DateOnly> referenceDates)
    {
        if (!bestReference.TryGetValue(predicted, out var best))
        {
            best = referenceCounts.ContainsKey(predicted) ? predicted : referenceDates.MinBy(reference => Cost(predicted, reference));
            bestReference[predicted] = best;
        }

        return best;
    }

    public DateOnly BestPrediction(DateOnly reference, List<DateOnly> predictedDates)
    {
        if (!bestPrediction.TryGetValue(reference, out var best))
        {
            best = predictedCounts.ContainsKey(reference) ? reference : predictedDates.MinBy(predicted => Cost(predicted, reference));
            bestPrediction[reference] = best;
        }

        return best;
    }

    public double Cost(DateOnly predicted, DateOnly reference)
    {
        var dateFactor = 1 - TimelineEvaluator.Discount(predicted, reference);
        if (dateFactor == 0)
        {
            return 0;
        }

        var peer = predictedCounts[predicted];
        var peerTotal = predictedTotals[predicted];
        double hits = 0, modelTotal = 0, peerPooled = 0;
        foreach (var model in referenceCounts[reference])
        {
            foreach (var (word, count) in model)
            {
                modelTotal += count;
                if (peer.TryGetValue(word, out var peerCount))
                {
                    hits += Math.Min(count, peerCount);
                }
            }

            peerPooled += peerTotal;
        }

        return dateFactor * (1 - PrecisionRecall.FromCounts(hits, peerPooled, hits, modelTotal).F1);
    }

    private static Dictionary<string, int> Count(RougeTokens tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in tokens.Words)
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        return counts;
    }
}

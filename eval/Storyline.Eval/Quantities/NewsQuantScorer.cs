using System.Globalization;

namespace Storyline.Eval.Quantities;

/// <summary>
/// The scoring of CQE's <c>evaluate_models.py</c> (Almasian et al., EMNLP 2023), reproduced
/// step for step, because its counts are what published NewsQuant figures mean:
/// <list type="bullet">
/// <item>per sentence, gold and predicted quantities are sorted by normalised unit (stable, ordinal);</item>
/// <item>each gold quantity walks the remaining predictions; a prediction whose value matches
///   (numpy.isclose, rtol 1e-5, atol 1e-8; ranges match component-wise and never match a single
///   value) counts for value (at most as many times as the sentence has gold quantities), counts for
///   value+change when the change operators are equal, and when the units are equal too counts for
///   value+unit and is consumed;</item>
/// <item>precision divides by all predictions, recall by all gold quantities; scores are rounded to
///   one decimal as the script prints them.</item>
/// </list>
/// </summary>
public static class NewsQuantScorer
{
    public static NewsQuantScore Score(IEnumerable<(IReadOnlyList<NewsQuantQuantity> Gold, IReadOnlyList<NewsQuantQuantity> Predicted)> sentences)
    {
        int totalGold = 0, totalPredicted = 0, correctValue = 0, correctChange = 0, correctUnit = 0;
        foreach (var (goldList, predictedList) in sentences)
        {
            totalGold += goldList.Count;
            totalPredicted += predictedList.Count;
            var predictions = predictedList.OrderBy(p => p.NormalizedUnit, StringComparer.Ordinal).ToList();
            var gold = goldList.OrderBy(g => g.NormalizedUnit, StringComparer.Ordinal).ToList();
            var valueCredits = goldList.Count;
            foreach (var quantity in gold)
            {
                var goldValue = Decode(quantity.Value);
                var goldUnit = quantity.NormalizedUnit.ToLowerInvariant();
                foreach (var prediction in predictions)
                {
                    if (!ValuesMatch(goldValue, Decode(prediction.Value)))
                    {
                        continue;
                    }

                    if (valueCredits > 0)
                    {
                        correctValue++;
                        valueCredits--;
                    }

                    if (prediction.Change == quantity.Change)
                    {
                        correctChange++;
                    }

                    if (prediction.NormalizedUnit.ToLowerInvariant() == goldUnit)
                    {
                        correctUnit++;
                        predictions.Remove(prediction);
                        predictions = [.. predictions.OrderBy(p => p.NormalizedUnit, StringComparer.Ordinal)];
                        break;
                    }
                }
            }
        }

        return new NewsQuantScore(
            totalGold,
            totalPredicted,
            F(correctValue, totalGold, totalPredicted),
            F(correctChange, totalGold, totalPredicted),
            F(correctUnit, totalGold, totalPredicted));
    }

    /// <summary>
    /// A value as the script decodes it: "a-b" (no exponent, not negative) is a range, anything else a number.
    /// </summary>
    public static (double Low, double? High) Decode(string value)
    {
        if (!value.Contains('E', StringComparison.Ordinal) && !value.StartsWith('-') && value.Contains('-', StringComparison.Ordinal))
        {
            var parts = value.Split('-');
            return (Parse(parts[0]), Parse(parts[1]));
        }

        return (Parse(value), null);
    }

    public static bool ValuesMatch((double Low, double? High) gold, (double Low, double? High) predicted) =>
        (gold.High, predicted.High) switch
        {
            (null, null) => IsClose(gold.Low, predicted.Low),
            ({ } goldHigh, { } predictedHigh) => IsClose(gold.Low, predicted.Low) && IsClose(goldHigh, predictedHigh),
            _ => false,
        };

    /// <summary>numpy.isclose(a, b): |a - b| &lt;= atol + rtol * |b|.</summary>
    private static bool IsClose(double a, double b) => Math.Abs(a - b) <= 1e-8 + (1e-5 * Math.Abs(b));

    private static double Parse(string text) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;

    private static PrecisionRecall F(int correct, int gold, int predicted)
    {
        var precision = predicted == 0 ? 0 : (double)correct / predicted;
        var recall = gold == 0 ? 0 : (double)correct / gold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new PrecisionRecall(correct, Math.Round(precision * 100, 1), Math.Round(recall * 100, 1), Math.Round(f1 * 100, 1));
    }
}

/// <summary>Precision, recall and F1 in percent, rounded to one decimal as CQE prints them.</summary>
public sealed record PrecisionRecall(int Correct, double Precision, double Recall, double F1);

public sealed record NewsQuantScore(int Gold, int Predicted, PrecisionRecall Value, PrecisionRecall ValueChange, PrecisionRecall ValueUnit);

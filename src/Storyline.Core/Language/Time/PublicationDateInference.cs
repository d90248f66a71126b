using System.Collections.Immutable;
using System.Globalization;
using Storyline.Core.Model;

namespace Storyline.Core.Language.Time;

/// <summary>
/// A publication date read from the text when the metadata has none: the latest full calendar date
/// (year, month and day) among the absolute time expressions of the first sentences, which is where
/// datelines ("GENEVA, March 3, 2026 —") and "on Tuesday, March 3" leads sit.
/// </summary>
public static class PublicationDateInference
{
    /// <summary>How many leading sentences are searched; later dates are usually background.</summary>
    public const int LeadingSentences = 3;

    /// <param name="absolute">Time expressions recognised without an anchor (only absolute dates carry a full value).</param>
    public static DateOnly? Infer(ImmutableArray<TimeExpression> absolute, ImmutableArray<Sentence> sentences)
    {
        var limit = sentences.IsDefaultOrEmpty
            ? int.MaxValue
            : sentences[Math.Min(LeadingSentences, sentences.Length) - 1].Range.End;
        DateOnly? latest = null;
        foreach (var expression in absolute)
        {
            if (expression.Range.Start >= limit)
            {
                break;
            }

            if (expression.Type is TimexType.Date or TimexType.Time && expression.Value.Length >= 10
                && DateOnly.TryParseExact(expression.Value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                && (latest is null || day > latest))
            {
                latest = day;
            }
        }

        return latest;
    }
}

using System.Globalization;
using Storyline.Core.Model;

namespace Storyline.Core.Language.Claims;

/// <summary>
/// When a figure holds: the latest day or span its sentence names ("rose to 49 on Sunday", "since 3
/// March", "in the past 24 hours"), else the publication day as the day the count stands at. The
/// latest, because a count is reported after the event the sentence also dates ("the quake struck on
/// Tuesday ... the toll has risen to 1,874 on Wednesday"); a possessive day names the event itself
/// ("Friday's capsize") and is passed over.
/// </summary>
internal sealed class ClaimTimeFinder(IReadOnlyList<TimeExpression> times, string text, DateOnly? published)
{
    /// <summary>How far (in characters) from the figure its sentence's days are read.</summary>
    private const int Reach = 400;

    public ClaimTime? Find(TextRange sentence, TextRange figure)
    {
        ClaimTime? latest = null;
        foreach (var time in SpanIndex.Within(times, SpanIndex.Around(sentence, figure, Reach)))
        {
            if (IsPossessive(time) || Read(time) is not { } read)
            {
                continue;
            }

            if (latest is null || read.AsOf > latest.AsOf || (read.AsOf == latest.AsOf && read.Window))
            {
                latest = read;
            }
        }

        return latest ?? (published is { } day ? new ClaimTime(null, day, Stated: false) : null);
    }

    private ClaimTime? Read(TimeExpression time)
    {
        if (time.Begin is not null || time.End is not null)
        {
            var start = Day(time.Begin);
            var end = Day(time.End);

            // A span that ends after publication ("the next two weeks") is a plan, like a later day.
            return (start is null && end is null) || (end is { } last && published is { } limit && last > limit)
                ? null
                : new ClaimTime(start, end ?? published, Stated: true);
        }

        if (time.Type == TimexType.Date && Day(time.Value) is { } day)
        {
            // A day after publication is a plan or a deadline, not the day a count stands at.
            return published is { } limit && day > limit ? null : new ClaimTime(null, day, Stated: true);
        }

        if (time.Type == TimexType.Duration && published is { } asOf && LooksBack(time) && Length(time.Value) is { } length)
        {
            return new ClaimTime(asOf.AddDays(-length), asOf, Stated: true, Window: true);
        }

        return null;
    }

    private bool IsPossessive(TimeExpression time) =>
        time.Range.End + 1 < text.Length && text[time.Range.End + 1] == 's' && text[time.Range.End] is '\'' or '’';

    // "in the past 24 hours", "over the previous three days", "in the last week".
    private bool LooksBack(TimeExpression time)
    {
        var before = text.AsSpan(Math.Max(0, time.Range.Start - 12), Math.Min(12, time.Range.Start));
        return before.Contains("past", StringComparison.OrdinalIgnoreCase)
            || before.Contains("previous", StringComparison.OrdinalIgnoreCase)
            || before.Contains("last", StringComparison.OrdinalIgnoreCase)
            || time.Text.StartsWith("past", StringComparison.OrdinalIgnoreCase)
            || time.Text.Contains("previous", StringComparison.OrdinalIgnoreCase)
            || time.Text.Contains("last", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whole days in a TIMEX3 duration ("P3D" 3, "PT24H" 1, "P1W" 7); null for anything else.</summary>
    internal static int? Length(string value)
    {
        if (value.Length < 3 || value[0] != 'P')
        {
            return null;
        }

        var hours = value[1] == 'T';
        var digits = value.AsSpan(hours ? 2 : 1, value.Length - (hours ? 3 : 2));
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return null;
        }

        return (hours, value[^1]) switch
        {
            (true, 'H') => Math.Max(1, (count + 23) / 24),
            (false, 'D') => count,
            (false, 'W') => count * 7,
            _ => null,
        };
    }

    private static DateOnly? Day(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}

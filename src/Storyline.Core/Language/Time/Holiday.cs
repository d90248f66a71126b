namespace Storyline.Core.Language.Time;

/// <summary>A holiday of Resources/holidays.tsv: its phrase as tokens and how its day falls in a year.</summary>
/// <param name="Words">The phrase as the tokenizer splits it ("New", "Year", "'s", "Day").</param>
/// <param name="Month">The month it falls in.</param>
/// <param name="Day">The day of the month, or 0 when it is the <paramref name="Nth"/> <paramref name="Weekday"/>.</param>
public sealed record Holiday(IReadOnlyList<string> Words, int Month, int Day, int Nth, int Weekday)
{
    /// <summary>The holiday's date in <paramref name="year"/>.</summary>
    public DateOnly In(int year)
    {
        if (Day > 0)
        {
            return new DateOnly(year, Month, Day);
        }

        var first = new DateOnly(year, Month, 1);
        var firstWeekday = ((int)first.DayOfWeek + 6) % 7 + 1;
        return first.AddDays(((Weekday - firstWeekday + 7) % 7) + (7 * (Nth - 1)));
    }
}

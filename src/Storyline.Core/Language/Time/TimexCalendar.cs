using System.Globalization;

namespace Storyline.Core.Language.Time;

/// <summary>
/// TIMEX3 value strings and the calendar arithmetic behind them. Every method takes the anchor as
/// nullable: without a publication date a relative expression keeps its granularity with X
/// placeholders ("XXXX-XX-XX", "XXXX-WXX"), as TimeML does for unresolvable values.
/// </summary>
public static class TimexCalendar
{
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Day(DateOnly? date) => date is { } d ? Day(d) : "XXXX-XX-XX";

    public static string Month(int year, int month) => $"{Year(year)}-{month:00}";

    public static string Month(DateOnly? date) => date is { } d ? Month(d.Year, d.Month) : "XXXX-XX";

    public static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    public static string Year(DateOnly? date) => date is { } d ? Year(d.Year) : "XXXX";

    public static string Week(DateOnly? date) =>
        date is { } d
            ? $"{ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue)):0000}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):00}"
            : "XXXX-WXX";

    public static string Quarter(DateOnly? date) => date is { } d ? $"{Year(d.Year)}-Q{((d.Month - 1) / 3) + 1}" : "XXXX-QX";

    public static string Decade(DateOnly? date) => date is { } d ? Year(d.Year)[..3] : "XXX";

    public static string Century(DateOnly? date) => date is { } d ? Year(d.Year)[..2] : "XX";

    /// <summary>The value of the period of <paramref name="unit"/> containing <paramref name="date"/>.</summary>
    public static string Period(DateOnly? date, string unit) => unit switch
    {
        "Y" => Year(date),
        "M" => Month(date),
        "W" or "2W" => Week(date),
        "WE" => Week(date) + "-WE",
        "Q" => Quarter(date),
        "DE" => Decade(date),
        "CE" => Century(date),
        "H" or "MIN" or "S" => Day(date),
        _ => Day(date),
    };

    /// <summary>Moves <paramref name="date"/> by <paramref name="count"/> units (negative: back).</summary>
    public static DateOnly Shift(DateOnly date, string unit, int count)
    {
        var clamped = Math.Clamp(count, -5000, 5000);
        try
        {
            return unit switch
            {
                "Y" => date.AddYears(clamped),
                "M" => date.AddMonths(clamped),
                "Q" => date.AddMonths(clamped * 3),
                "W" or "WE" => date.AddDays(clamped * 7),
                "2W" => date.AddDays(clamped * 14),
                "DE" => date.AddYears(clamped * 10),
                "CE" => date.AddYears(clamped * 100),
                "D" => date.AddDays(clamped),
                _ => date,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return date;
        }
    }

    public static DateOnly? Shift(DateOnly? date, string unit, int count) => date is { } d ? Shift(d, unit, count) : null;

    /// <summary>A TIMEX3 duration: P3W, PT48H, P2Y, PXD for a vague count.</summary>
    public static string Duration(string unit, int count)
    {
        var amount = count < 0 ? "X" : count.ToString(CultureInfo.InvariantCulture);
        return unit switch
        {
            "H" => $"PT{amount}H",
            "MIN" => $"PT{amount}M",
            "S" => $"PT{amount}S",
            "2W" => count < 0 ? "PXW" : $"P{count * 2}W",
            "WE" => count < 0 ? "PXWE" : $"P{amount}WE",

            // TimeBank writes decades and centuries in years ("two decades" = P20Y, "this century" = P100Y).
            "DE" => count < 0 ? "PXDE" : $"P{count * 10}Y",
            "CE" => count < 0 ? "PXCE" : $"P{count * 100}Y",
            _ => $"P{amount}{unit}",
        };
    }

    /// <summary>A day with a valid month and day, or null ("February 30").</summary>
    public static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>The weekday nearest to <paramref name="anchor"/> on the side the tense points to.</summary>
    /// <param name="direction">-1: on or before the anchor; +1: on or after; 0: the nearest either way.</param>
    public static DateOnly Weekday(DateOnly anchor, int isoWeekday, int direction)
    {
        var current = ((int)anchor.DayOfWeek + 6) % 7 + 1;
        var back = (current - isoWeekday + 7) % 7;
        var forward = (isoWeekday - current + 7) % 7;
        return direction switch
        {
            < 0 => anchor.AddDays(-back),
            > 0 => anchor.AddDays(forward),
            _ => back <= forward ? anchor.AddDays(-back) : anchor.AddDays(forward),
        };
    }
}

using System.Globalization;

namespace Storyline.Web.Api;

/// <summary>The from / to query parameters: whole days (YYYY-MM-DD, UTC), both ends included.</summary>
internal static class DateFilter
{
    /// <summary>The instants [from, to + 1 day), or the problem with the parameters.</summary>
    public static (DateTimeOffset? From, DateTimeOffset? To, string? Problem) Parse(string? from, string? to)
    {
        DateTimeOffset? start = null;
        DateTimeOffset? end = null;
        if (!string.IsNullOrWhiteSpace(from))
        {
            if (!TryDay(from, out var day))
            {
                return (null, null, $"from must be a date YYYY-MM-DD, not '{from}'");
            }

            start = day;
        }

        if (!string.IsNullOrWhiteSpace(to))
        {
            if (!TryDay(to, out var day))
            {
                return (null, null, $"to must be a date YYYY-MM-DD, not '{to}'");
            }

            end = day.AddDays(1);
        }

        return (start, end, null);
    }

    private static bool TryDay(string text, out DateTimeOffset day)
    {
        var ok = DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        day = ok ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : default;
        return ok;
    }
}

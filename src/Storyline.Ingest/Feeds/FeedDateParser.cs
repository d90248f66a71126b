using System.Globalization;
using Storyline.Core.Time;

namespace Storyline.Ingest.Feeds;

/// <summary>
/// Parses the dates feeds actually contain: RFC 822/1123 with numeric offsets or zone
/// abbreviations ("Tue, 03 Mar 2020 14:05:00 EST" is -05:00), missing seconds, single-digit
/// days, missing or wrong weekdays, two-digit years, and ISO 8601 / RFC 3339. Anything else,
/// including an unknown zone, yields null rather than a guess: a wrong date is worse than none.
/// </summary>
public sealed class FeedDateParser(TimeZoneAbbreviations zones)
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static FeedDateParser Default { get; } = new(TimeZoneAbbreviations.Default);

    public DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 100)
        {
            return null;
        }

        var text = value.Trim();
        return char.IsAsciiDigit(text[0]) && text.Length >= 10 && text[4] == '-' ? ParseIso(text) : ParseRfc822(text);
    }

    private static DateTimeOffset? ParseIso(string text)
    {
        // DateTimeOffset's own parser accepts every RFC 3339 shape; AssumeUniversal covers a missing offset.
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? parsed
            : null;
    }

    private DateTimeOffset? ParseRfc822(string text)
    {
        var comment = text.IndexOf('(');
        if (comment > 0)
        {
            text = text[..comment]; // "+0000 (GMT)": the parenthesised zone name is a comment
        }

        var tokens = text.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        if (i < tokens.Length && tokens[i].Length > 0 && char.IsAsciiLetter(tokens[i][0]) && MonthIndex(tokens[i]) is null)
        {
            i++; // weekday: ignored, because feeds often get it wrong
        }

        if (tokens.Length - i < 4
            || !int.TryParse(tokens[i], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || MonthIndex(tokens[i + 1]) is not { } month
            || !TryParseYear(tokens[i + 2], out var year)
            || !TryParseTime(tokens[i + 3], out var hour, out var minute, out var second))
        {
            return null;
        }

        TimeSpan offset;
        if (tokens.Length - i == 4)
        {
            offset = TimeSpan.Zero; // RFC 822 requires a zone; without one, UTC is the common intent.
        }
        else if (tokens.Length - i == 5 && TryParseZone(tokens[i + 4], out var zone))
        {
            offset = zone;
        }
        else
        {
            return null;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60)
        {
            return null;
        }

        // A leap second is folded into the next second instead of failing the whole date.
        var local = new DateTime(year, month, day, hour, minute, Math.Min(second, 59), DateTimeKind.Unspecified).AddSeconds(second == 60 ? 1 : 0);
        return new DateTimeOffset(local, offset);
    }

    private static int? MonthIndex(string token)
    {
        if (token.Length < 3)
        {
            return null;
        }

        var prefix = token[..3].ToLowerInvariant();
        var index = Array.IndexOf(MonthNames, prefix);
        return index < 0 ? null : index + 1;
    }

    private static bool TryParseYear(string token, out int year)
    {
        if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out year))
        {
            return false;
        }

        if (token.Length == 2)
        {
            year += year < 50 ? 2000 : 1900;
        }

        return token.Length is 2 or 4 && year is >= 1 and <= 9999;
    }

    private static bool TryParseTime(string token, out int hour, out int minute, out int second)
    {
        hour = minute = second = 0;
        var parts = token.Split(':');
        return parts.Length is 2 or 3
            && parts.All(p => p.Length is 1 or 2)
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out hour)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out minute)
            && (parts.Length == 2 || int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out second));
    }

    private bool TryParseZone(string token, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (token[0] is '+' or '-')
        {
            var digits = token[1..].Replace(":", string.Empty, StringComparison.Ordinal);
            if (digits.Length != 4 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var hhmm))
            {
                return false;
            }

            var hours = hhmm / 100;
            var minutes = hhmm % 100;
            if (hours > 14 || minutes > 59)
            {
                return false;
            }

            offset = new TimeSpan(hours, minutes, 0) * (token[0] == '-' ? -1 : 1);
            return true;
        }

        return zones.TryGetOffset(token, out offset);
    }
}

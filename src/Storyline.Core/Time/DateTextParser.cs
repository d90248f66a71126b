using System.Globalization;
using System.Text.RegularExpressions;

namespace Storyline.Core.Time;

/// <summary>
/// Reads dates and times written the ways pages and feeds write them: ISO 8601, RFC 822/1123,
/// "Tuesday 3 March 2020 14:05 GMT", "March 3, 2020, 9:05 a.m. EST", "03.03.2020 14:05 CET",
/// Unix epoch numbers and compact "20200303". Zone abbreviations come from
/// <see cref="TimeZoneAbbreviations"/>. Never throws: text that is not a date gives null.
/// Relative expressions ("5 hours ago") are not dates here; they need a reference time.
/// </summary>
public sealed class DateTextParser
{
    /// <summary>Longer strings are not date fields; scanning them is left to <see cref="Find"/>.</summary>
    private const int MaxFieldLength = 200;

    /// <summary>How far a time of day may sit from the date it belongs to ("3 March 2020, at 14:05").</summary>
    private const int TimeWindow = 24;

    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    private static readonly Regex IsoPattern = new(
        @"^(?<y>\d{4})-?(?<m>\d{2})-?(?<d>\d{2})(?:(?:T|\s+|T\s*)(?<h>\d{2}):?(?<min>\d{2})(?::?(?<s>\d{2})(?:[.,](?<f>\d{1,9}))?)?)?\s*(?<off>Z|[+-]\d{2}(?::?\d{2})?)?\s*(?:\((?<z>[A-Za-z]{2,5})\)|(?<z>[A-Z]{2,5}))?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex RelativePattern = new(
        @"\b(?<n>\d{1,3}|an?|one)\s+(?<unit>sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week)s?\s+ago\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture);

    /// <summary>RFC 822 allows two-digit years: "Tue, 03 Mar 20 14:05:00 GMT".</summary>
    private static readonly Regex TwoDigitYearPattern = new(
        @"^(?<head>(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+)(?<yy>\d{2})(?<tail>\s+\d{1,2}:\d{2}.*)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex EpochPattern = new(@"^\d{10}(?:\d{3})?$", RegexOptions.CultureInvariant);

    private static readonly Regex TimePattern = new(
        @"(?<![\d:])(?<h>\d{1,2})(?:(?::|h)(?<min>\d{2})(?::(?<s>\d{2})(?:[.,](?<f>\d{1,9}))?)?(?:\s*(?<ampm>[ap])\.?\s?m\b\.?)?|\s*(?<ampm>[ap])\.?\s?m\b\.?)(?![\d:])"
        + @"(?:\s*(?<off>(?-i:Z)|[+\-−]\d{2}:?\d{2}\b))?"
        + @"(?:\s*\(?(?<z>(?-i:[A-Z]{2,5}))\b\)?(?:\s*(?<zoff>[+\-−]\d{1,2}(?::?\d{2})?)\b)?)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture);

    private readonly TimeZoneAbbreviations _zones;
    private readonly MonthNames _months;
    private readonly Regex _datePattern;

    public DateTextParser(TimeZoneAbbreviations zones, MonthNames months)
    {
        _zones = zones;
        _months = months;
        var names = string.Join('|', months.Names.Select(Regex.Escape));
        const string day = @"(?<d>\d{1,2})(?:st|nd|rd|th|er|º)?";
        _datePattern = new Regex(
            $@"(?<![\w])(?:"
            + $@"{day}\.?[\s\-]*(?:de\s+)?(?<mon>{names})\b\.?,?[\s\-]*(?:de\s+)?(?<y>\d{{4}})"
            + $@"|(?<mon>{names})\b\.?\s*{day},?\s+(?<y>\d{{4}})"
            + $@"|(?<y>\d{{4}})[\-/.](?<m>\d{{1,2}})[\-/.](?<d>\d{{1,2}})"
            + $@"|(?<d>\d{{1,2}})\.\s?(?<m>\d{{1,2}})\.\s?(?<y>\d{{4}})"
            + $@"|(?<m>\d{{1,2}})/(?<d>\d{{1,2}})/(?<y>\d{{4}})"
            + $@"|(?<d>\d{{1,2}})-(?<m>\d{{1,2}})-(?<y>\d{{4}})"
            + @")(?![\d])",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture);
    }

    public static DateTextParser Default { get; } = new(TimeZoneAbbreviations.Default, MonthNames.Default);

    /// <summary>Reads a field that holds a date and nothing much else (a meta tag, a datetime attribute, a feed date).</summary>
    public ParsedDateTime? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.Length > MaxFieldLength)
        {
            return Find(trimmed);
        }

        if (EpochPattern.IsMatch(trimmed))
        {
            return FromEpoch(trimmed);
        }

        var iso = IsoPattern.Match(trimmed);
        if (iso.Success)
        {
            return FromIso(iso);
        }

        var twoDigitYear = TwoDigitYearPattern.Match(trimmed);
        if (twoDigitYear.Success)
        {
            // RFC 2822's rule: 00-49 are 2000s, 50-99 are 1900s.
            var yy = int.Parse(twoDigitYear.Groups["yy"].ValueSpan, CultureInfo.InvariantCulture);
            trimmed = twoDigitYear.Groups["head"].Value + (yy < 50 ? 2000 + yy : 1900 + yy).ToString(CultureInfo.InvariantCulture) + twoDigitYear.Groups["tail"].Value;
        }

        return Find(trimmed);
    }

    /// <summary>The first date (with its time of day and zone when written next to it) inside free text.</summary>
    public ParsedDateTime? Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        for (var match = _datePattern.Match(text); match.Success; match = match.NextMatch())
        {
            if (FromDateMatch(text, match) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// "5 hours ago", "a day ago": the instant relative to <paramref name="reference"/> (the time the page
    /// was read). Only as good as that reference, so callers use it when nothing absolute is written.
    /// </summary>
    public ParsedDateTime? FindRelative(string? text, DateTimeOffset reference)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var match = RelativePattern.Match(text);
        if (!match.Success)
        {
            return null;
        }

        var count = match.Groups["n"].Value.ToLowerInvariant() switch
        {
            "a" or "an" or "one" => 1,
            var digits => int.Parse(digits, CultureInfo.InvariantCulture),
        };
        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        var span = unit[0] switch
        {
            's' => TimeSpan.FromSeconds(count),
            'm' => TimeSpan.FromMinutes(count),
            'h' => TimeSpan.FromHours(count),
            'd' => TimeSpan.FromDays(count),
            _ => TimeSpan.FromDays(7 * count),
        };
        return new ParsedDateTime(reference.ToUniversalTime() - span, true, unit[0] is 's' or 'm' or 'h');
    }

    /// <summary>Where the first written date starts in the text (with or without a valid day), or -1.</summary>
    public int IndexOfDate(string text)
    {
        var match = _datePattern.Match(text);
        return match.Success ? match.Index : -1;
    }

    private ParsedDateTime? FromDateMatch(string text, Match date)
    {
        int month;
        if (date.Groups["mon"].Success)
        {
            if (!_months.TryGetMonth(date.Groups["mon"].Value, out month))
            {
                return null;
            }
        }
        else
        {
            month = Number(date.Groups["m"]);
        }

        var dayOfMonth = Number(date.Groups["d"]);
        var year = Number(date.Groups["y"]);
        if (month > 12 && dayOfMonth <= 12)
        {
            // "25/12/2020" is day-first even though slashes usually mean month-first.
            (month, dayOfMonth) = (dayOfMonth, month);
        }

        if (!ValidDate(year, month, dayOfMonth))
        {
            return null;
        }

        var time = FindTimeNear(text, date.Index, date.Index + date.Length);
        if (time is null)
        {
            return new ParsedDateTime(new DateTimeOffset(year, month, dayOfMonth, 0, 0, 0, TimeSpan.Zero), false, false);
        }

        return Compose(year, month, dayOfMonth, time);
    }

    private Match? FindTimeNear(string text, int dateStart, int dateEnd)
    {
        var afterLength = Math.Min(TimeWindow + 40, text.Length - dateEnd);
        for (var after = TimePattern.Match(text, dateEnd, afterLength); after.Success; after = after.NextMatch())
        {
            if (after.Index - dateEnd > TimeWindow)
            {
                break;
            }

            if (IsRealTime(after))
            {
                return after;
            }
        }

        var beforeStart = Math.Max(0, dateStart - TimeWindow - 20);
        Match? last = null;
        for (var before = TimePattern.Match(text, beforeStart, dateStart - beforeStart); before.Success; before = before.NextMatch())
        {
            if (IsRealTime(before) && dateStart - (before.Index + before.Length) <= TimeWindow)
            {
                last = before;
            }
        }

        return last;
    }

    /// <summary>A bare number is not a time; "14:05", "9 a.m." and "14h05" are.</summary>
    private static bool IsRealTime(Match time) => time.Groups["min"].Success || time.Groups["ampm"].Success;

    private ParsedDateTime? Compose(int year, int month, int dayOfMonth, Match time)
    {
        var hour = Number(time.Groups["h"]);
        var minute = time.Groups["min"].Success ? Number(time.Groups["min"]) : 0;
        var second = time.Groups["s"].Success ? Number(time.Groups["s"]) : 0;
        if (time.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            var pm = char.ToLowerInvariant(time.Groups["ampm"].Value[0]) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        TimeSpan? offset = null;
        if (time.Groups["off"].Success)
        {
            offset = ParseOffset(time.Groups["off"].Value);
        }
        else if (time.Groups["z"].Success && _zones.TryGetOffset(time.Groups["z"].Value, out var zoneOffset))
        {
            offset = zoneOffset;
            if (time.Groups["zoff"].Success && ParseOffset(time.Groups["zoff"].Value) is { } extra)
            {
                // "GMT+1", "UTC-05:00"
                offset += extra;
            }
        }

        return Build(year, month, dayOfMonth, hour, minute, second, Ticks(time.Groups["f"]), offset, true);
    }

    private ParsedDateTime? FromIso(Match iso)
    {
        var year = Number(iso.Groups["y"]);
        var month = Number(iso.Groups["m"]);
        var dayOfMonth = Number(iso.Groups["d"]);
        if (!ValidDate(year, month, dayOfMonth))
        {
            return null;
        }

        if (!iso.Groups["h"].Success)
        {
            return new ParsedDateTime(new DateTimeOffset(year, month, dayOfMonth, 0, 0, 0, TimeSpan.Zero), false, false);
        }

        var hour = Number(iso.Groups["h"]);
        var minute = Number(iso.Groups["min"]);
        var second = iso.Groups["s"].Success ? Number(iso.Groups["s"]) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        TimeSpan? offset = null;
        if (iso.Groups["off"].Success)
        {
            offset = ParseOffset(iso.Groups["off"].Value);
            if (offset is null)
            {
                return null;
            }
        }
        else if (iso.Groups["z"].Success && _zones.TryGetOffset(iso.Groups["z"].Value, out var zoneOffset))
        {
            offset = zoneOffset;
        }

        return Build(year, month, dayOfMonth, hour, minute, second, Ticks(iso.Groups["f"]), offset, true);
    }

    private static ParsedDateTime? FromEpoch(string digits)
    {
        var number = long.Parse(digits, CultureInfo.InvariantCulture);
        var instant = digits.Length == 13
            ? DateTimeOffset.FromUnixTimeMilliseconds(number)
            : DateTimeOffset.FromUnixTimeSeconds(number);
        return new ParsedDateTime(instant, true, true);
    }

    private static ParsedDateTime? Build(int year, int month, int dayOfMonth, int hour, int minute, int second, long ticks, TimeSpan? offset, bool hasTime)
    {
        var wall = new DateTime(year, month, dayOfMonth, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks);
        var applied = offset ?? TimeSpan.Zero;
        if (applied.Duration() > MaxOffset)
        {
            // "NZDT+13" adds up to more than any real zone; DateTimeOffset would throw.
            return null;
        }

        var utcTicks = wall.Ticks - applied.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return null;
        }

        return new ParsedDateTime(new DateTimeOffset(wall, applied), offset is not null, hasTime);
    }

    /// <summary>"Z", "+01:00", "+0100", "-05", "−3"; null when out of range or not minute-aligned.</summary>
    internal static TimeSpan? ParseOffset(string text)
    {
        if (text is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        var sign = text[0] is '-' or '−' ? -1 : 1;
        var digits = text[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        int hours;
        var minutes = 0;
        if (digits.Length <= 2)
        {
            hours = int.Parse(digits, CultureInfo.InvariantCulture);
        }
        else
        {
            hours = int.Parse(digits[..^2], CultureInfo.InvariantCulture);
            minutes = int.Parse(digits[^2..], CultureInfo.InvariantCulture);
        }

        if (hours > 14 || minutes > 59)
        {
            return null;
        }

        return sign * new TimeSpan(hours, minutes, 0);
    }

    private static bool ValidDate(int year, int month, int dayOfMonth) =>
        year is >= 1000 and <= 9998 && month is >= 1 and <= 12 && dayOfMonth >= 1 && dayOfMonth <= DateTime.DaysInMonth(year, month);

    private static int Number(Group group) =>
        int.TryParse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    private static long Ticks(Group fraction)
    {
        if (!fraction.Success)
        {
            return 0;
        }

        var digits = fraction.Value.Length > 7 ? fraction.Value[..7] : fraction.Value.PadRight(7, '0');
        return long.Parse(digits, CultureInfo.InvariantCulture);
    }
}

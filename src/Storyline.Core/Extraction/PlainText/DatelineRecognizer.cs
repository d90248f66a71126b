using System.Globalization;
using System.Text.RegularExpressions;
using Storyline.Core.Time;

namespace Storyline.Core.Extraction.PlainText;

/// <summary>
/// Finds the publication and update times in short dateline lines ("Published 4 March 2026,
/// 09:12 GMT", "March 4, 2026 3:05 PM EST", "04/03/2026 09:12 CET", ISO 8601). A focused
/// recogniser for datelines only, not free-text dates: it reads absolute dates with their zone.
/// Numeric dates are day-first unless impossible or the zone is American.
/// </summary>
public sealed class DatelineRecognizer
{
    /// <summary>Datelines are short; longer lines are prose and are not searched.</summary>
    public const int MaxLineLength = 300;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly Regex Iso = new(
        @"\b(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})(?:[T ](?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,]\d{1,9})?)?\s?(?<off>Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\d:])",
        Options);

    private static readonly Regex Numeric = new(@"(?<![\d/.])(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<y>\d{4})(?![\d/])", Options);

    private static readonly Regex Time = new(
        @"(?<![\d:.])(?<h>\d{1,2})(?:[:.h](?<mi>\d{2})(?::(?<s>\d{2}))?\s?(?<ampm>[ap]\.?\s?m\.?)?|\s?(?<ampm>[ap]\.?m\.?))(?![\d:])(?:\s?\(?(?<zone>[A-Za-z]{1,5})(?<zoff>[+-]\d{1,2}(?::?\d{2})?)?\)?(?![A-Za-z])|\s?(?<num>[+-]\d{2}:?\d{2}))?",
        Options);

    private static readonly Regex UpdatedLabel = new(@"\b(updated|last (updated|modified)|modified|edited|revised)\b", Options);
    private static readonly Regex PublishedLabel = new(@"\b(published|posted|first published|created|date)\b", Options);

    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    private readonly TimeZoneAbbreviations _zones;
    private readonly PlainTextLexicon _lexicon;
    private readonly Regex _dayMonthYear;
    private readonly Regex _monthDayYear;

    public DatelineRecognizer(PlainTextLexicon lexicon, TimeZoneAbbreviations zones)
    {
        _lexicon = lexicon;
        _zones = zones;
        var months = string.Join("|", lexicon.Months.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        _dayMonthYear = new Regex(
            @"(?<![\d\p{L}])(?<d>\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s(?:of\s|de\s)?(?<mon>" + months + @")\.?,?\s(?:de\s)?(?<y>\d{4})(?!\d)",
            Options);
        _monthDayYear = new Regex(
            @"(?<!\p{L})(?<mon>" + months + @")\.?\s(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s(?<y>\d{4})(?!\d)",
            Options);
    }

    public static DatelineRecognizer Default { get; } = new(PlainTextLexicon.Default, TimeZoneAbbreviations.Default);

    /// <summary>Every date in the line, in order; empty for long lines.</summary>
    public IReadOnlyList<DatelineMatch> FindAll(string line)
    {
        if (line.Length > MaxLineLength || line.Length < 6 || !HasYearDigits(line))
        {
            return [];
        }

        // The patterns are linear bar short backtracking over a line capped at MaxLineLength.
        return FindDates(line);
    }

    /// <summary>
    /// True when the line is a dateline: dates plus only labels, weekdays and connectives
    /// ("Updated: Wed 4 Mar 2026 10.40 CET"), not prose that mentions a date.
    /// </summary>
    public bool IsDateline(string line, IReadOnlyList<DatelineMatch> dates)
    {
        if (dates.Count == 0)
        {
            return false;
        }

        var otherWords = 0;
        var position = 0;
        foreach (var date in dates)
        {
            otherWords += CountProseWords(line.AsSpan(position, date.Start - position));
            position = date.End;
        }

        otherWords += CountProseWords(line.AsSpan(position));
        return otherWords == 0;
    }

    /// <summary>Every date form read here has a four-digit year; most lines have none and skip the patterns.</summary>
    private static bool HasYearDigits(string line)
    {
        var run = 0;
        foreach (var c in line)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    private List<DatelineMatch> FindDates(string line)
    {
        var spans = new List<(int Start, int End, DateOnly Date, TimeOnly? Time, TimeSpan? Offset)>();
        foreach (Match m in Iso.Matches(line))
        {
            if (!TryDate(m.Groups["y"].Value, m.Groups["mo"].Value, m.Groups["d"].Value, out var date))
            {
                continue;
            }

            TimeOnly? time = null;
            TimeSpan? offset = null;
            if (m.Groups["h"].Success && TryTime(m.Groups["h"].Value, m.Groups["mi"].Value, m.Groups["s"].Value, null, out var t))
            {
                time = t;
                offset = m.Groups["off"].Success ? ParseNumericOffset(m.Groups["off"].Value) : null;
            }

            spans.Add((m.Index, m.Index + m.Length, date, time, offset));
        }

        AddNamedMonthDates(_dayMonthYear, line, spans);
        AddNamedMonthDates(_monthDayYear, line, spans);
        foreach (Match m in Numeric.Matches(line))
        {
            spans.Add((m.Index, m.Index + m.Length, default, null, null));
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var kept = new List<(int Start, int End, DateOnly Date, TimeOnly? Time, TimeSpan? Offset)>();
        foreach (var span in spans)
        {
            if (kept.Count == 0 || span.Start >= kept[^1].End)
            {
                kept.Add(span);
            }
        }

        var results = new List<DatelineMatch>(kept.Count);
        for (var i = 0; i < kept.Count; i++)
        {
            var (start, end, date, time, offset) = kept[i];
            var labelFrom = i == 0 ? 0 : kept[i - 1].End;
            var nextStart = i + 1 < kept.Count ? kept[i + 1].Start : line.Length;
            var numeric = date == default;
            var hasZone = offset is not null;
            var extendedStart = start;
            var extendedEnd = end;
            if (time is null && FindTime(line, end, nextStart, out var found, out var foundEnd))
            {
                extendedEnd = foundEnd;
            }
            else if (time is null && FindTimeBefore(line, labelFrom, start, out found, out var foundStart))
            {
                extendedStart = foundStart;
            }
            else
            {
                found = default;
            }

            if (found != default)
            {
                time = found.Time;
                offset = found.Offset;
                hasZone = found.Offset is not null;
            }

            if (numeric)
            {
                var m = Numeric.Match(line, start, end - start);
                if (!TryNumericDate(m, offset, out date))
                {
                    continue;
                }
            }

            if (offset is { } o && (o > MaxOffset || o < -MaxOffset))
            {
                // "NZDT+14" adds up past what any zone uses (and DateTimeOffset accepts): ignore the zone.
                offset = null;
                hasZone = false;
            }

            var local = date.ToDateTime(time ?? TimeOnly.MinValue, DateTimeKind.Unspecified);
            var value = new DateTimeOffset(local, offset ?? TimeSpan.Zero);
            results.Add(new DatelineMatch(value, LabelOf(line.AsSpan(labelFrom, extendedStart - labelFrom)), time is not null, hasZone, extendedStart, extendedEnd));
        }

        return results;
    }

    private void AddNamedMonthDates(Regex regex, string line, List<(int, int, DateOnly, TimeOnly?, TimeSpan?)> spans)
    {
        foreach (Match m in regex.Matches(line))
        {
            if (_lexicon.Months.TryGetValue(m.Groups["mon"].Value, out var month)
                && TryDate(m.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value, out var date))
            {
                spans.Add((m.Index, m.Index + m.Length, date, null, null));
            }
        }
    }

    private bool FindTime(string line, int from, int to, out (TimeOnly Time, TimeSpan? Offset) found, out int end)
    {
        found = default;
        end = from;
        // Only the separator region right after the date: ", 09:12 GMT", " at 3:05 PM EST", " - 10.40 CET".
        var m = Time.Match(line, from, to - from);
        if (!m.Success || !IsConnective(line.AsSpan(from, m.Index - from)) || !TryReadTime(m, out found))
        {
            return false;
        }

        end = m.Index + m.Length;
        return true;
    }

    private bool FindTimeBefore(string line, int from, int dateStart, out (TimeOnly Time, TimeSpan? Offset) found, out int timeStart)
    {
        found = default;
        timeStart = dateStart;
        Match? last = null;
        for (var m = Time.Match(line, from, dateStart - from); m.Success; m = m.NextMatch())
        {
            last = m;
        }

        if (last is null || !IsConnective(line.AsSpan(last.Index + last.Length, dateStart - last.Index - last.Length)) || !TryReadTime(last, out found))
        {
            return false;
        }

        timeStart = last.Index;
        return true;
    }

    private bool TryReadTime(Match m, out (TimeOnly Time, TimeSpan? Offset) found)
    {
        found = default;
        var ampm = m.Groups["ampm"].Success ? m.Groups["ampm"].Value : null;
        // A bare number is not a time; it needs minutes or am/pm.
        if (!m.Groups["mi"].Success && ampm is null)
        {
            return false;
        }

        if (!TryTime(m.Groups["h"].Value, m.Groups["mi"].Success ? m.Groups["mi"].Value : "0", m.Groups["s"].Value, ampm, out var time))
        {
            return false;
        }

        TimeSpan? offset = null;
        if (m.Groups["num"].Success)
        {
            offset = ParseNumericOffset(m.Groups["num"].Value);
        }
        else if (m.Groups["zone"].Success)
        {
            var zone = m.Groups["zone"].Value;
            // Zones are written in capitals; "at", "on" or "eat" after a time are words, not zones.
            if (zone.All(char.IsUpper) && _zones.TryGetOffset(zone, out var zoneOffset))
            {
                offset = zoneOffset + (m.Groups["zoff"].Success ? ParseNumericOffset(m.Groups["zoff"].Value) ?? TimeSpan.Zero : TimeSpan.Zero);
            }
        }

        found = (time, offset);
        return true;
    }

    private bool TryNumericDate(Match m, TimeSpan? offset, out DateOnly date)
    {
        var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
        var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
        var year = m.Groups["y"].Value;
        // Day-first is the reading everywhere but the Americas; an American zone flips it.
        var monthFirst = a <= 12 && (b > 12 || offset is { } o && o <= TimeSpan.FromHours(-3));
        var (day, month) = monthFirst ? (b, a) : (a, b);
        return TryDate(year, month.ToString(CultureInfo.InvariantCulture), day.ToString(CultureInfo.InvariantCulture), out date);
    }

    private static bool TryDate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(year, CultureInfo.InvariantCulture, out var y) || !int.TryParse(month, CultureInfo.InvariantCulture, out var mo)
            || !int.TryParse(day, CultureInfo.InvariantCulture, out var d))
        {
            return false;
        }

        if (y is < 1900 or > 2199 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return false;
        }

        date = new DateOnly(y, mo, d);
        return true;
    }

    private static bool TryTime(string hour, string minute, string second, string? ampm, out TimeOnly time)
    {
        time = default;
        if (!int.TryParse(hour, CultureInfo.InvariantCulture, out var h) || !int.TryParse(minute, CultureInfo.InvariantCulture, out var mi))
        {
            return false;
        }

        var s = int.TryParse(second, CultureInfo.InvariantCulture, out var sec) ? sec : 0;
        if (ampm is not null)
        {
            if (h is < 1 or > 12)
            {
                return false;
            }

            var pm = char.ToLowerInvariant(ampm[0]) == 'p';
            h = h % 12 + (pm ? 12 : 0);
        }

        if (h > 23 || mi > 59 || s > 59)
        {
            return false;
        }

        time = new TimeOnly(h, mi, s);
        return true;
    }

    private static TimeSpan? ParseNumericOffset(string text)
    {
        if (text is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        var sign = text[0] == '-' ? -1 : 1;
        var digits = text[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        var hours = int.Parse(digits.Length > 2 ? digits[..^2] : digits, CultureInfo.InvariantCulture);
        var minutes = digits.Length > 2 ? int.Parse(digits[^2..], CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59)
        {
            return null;
        }

        return sign * new TimeSpan(hours, minutes, 0);
    }

    private static DateLabel LabelOf(ReadOnlySpan<char> before)
    {
        var text = before.ToString();
        var updated = UpdatedLabel.Match(text);
        var published = PublishedLabel.Match(text);
        if (updated.Success && (!published.Success || updated.Index > published.Index))
        {
            return DateLabel.Updated;
        }

        return published.Success ? DateLabel.Published : DateLabel.Unlabelled;
    }

    private static bool IsConnective(ReadOnlySpan<char> between)
    {
        var trimmed = between.Trim(" ,;-\u2013\u2014|/·•@(".AsSpan());
        return trimmed.Length == 0 || trimmed.Equals("at", StringComparison.OrdinalIgnoreCase)
            || trimmed.Equals("à", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("um", StringComparison.OrdinalIgnoreCase)
            || trimmed.Equals("alle", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("a las", StringComparison.OrdinalIgnoreCase);
    }

    private int CountProseWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var range in text.SplitAny(" ,;|/()[]·•"))
        {
            var word = text[range].Trim(".:-\u2013\u2014".AsSpan());
            if (word.Length == 0 || _lexicon.DatelineWords.Contains(word.ToString()))
            {
                continue;
            }

            count++;
        }

        return count;
    }
}

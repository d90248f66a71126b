using System.Collections.Immutable;
using System.Globalization;
using Storyline.Core.Model;

namespace Storyline.Core.Language.Time;

/// <summary>
/// One left-to-right pass of <see cref="TimeExpressionRecognizer"/> over a document. It keeps the
/// discourse state a reader keeps: the last day mentioned (the anchor of "two days later", "at 3 p.m."
/// and "the next day") and the last quarter (what "the quarter" and "a year earlier" refer to in
/// earnings reports). Patterns are tried longest-first at each trigger token; the first that parses wins.
/// </summary>
internal sealed class TimeExpressionScan
{
    private const int MaxCount = 10_000;
    private const int MaxEventNouns = 16;

    private readonly TimeLexicon _lexicon;
    private readonly TenseGuesser _tense;
    private readonly string _text;
    private readonly ImmutableArray<Token> _tokens;
    private readonly DateOnly? _anchor;
    private readonly TimeOnly? _anchorClock;
    private readonly Dictionary<string, DateOnly> _eventDays = new(StringComparer.OrdinalIgnoreCase);
    private DateOnly? _lastDay;
    private bool _lastDayWasEvening;
    private int _lastDaySentence = -1;
    private string? _lastQuarter;
    private string? _latestQuarter;
    private int _sentenceStart;
    private int _sentenceEnd;

    public TimeExpressionScan(TimeLexicon lexicon, string text, ImmutableArray<Token> tokens, DateOnly? anchor, TimeOnly? anchorClock = null)
    {
        _anchorClock = anchorClock;
        _lexicon = lexicon;
        _tense = new TenseGuesser(lexicon);
        _text = text;
        _tokens = tokens;
        _anchor = anchor;
    }

    public ImmutableArray<TimeExpression>.Builder Results { get; } = ImmutableArray.CreateBuilder<TimeExpression>();

    /// <summary>The day relative expressions without a better anchor count from.</summary>
    private DateOnly? ReferenceDay => _lastDay ?? _anchor;

    public void ScanSentence(int start, int end)
    {
        _sentenceStart = start;
        _sentenceEnd = end;
        for (var i = start; i < end; i++)
        {
            if (!IsTrigger(i) || !TryExpression(i, out var found) || found.End <= i)
            {
                continue;
            }

            Emit(found);
            i = found.End - 1;
        }
    }

    private void Emit(TimexCandidate found)
    {
        if (found.First > _sentenceStart && Is(found.First - 1, "since") && found.Type == TimexType.Date && found.Begin is null)
        {
            found = found with { Begin = found.Value, EndValue = TimexCalendar.Day(_anchor) };
        }

        var range = new TextRange(_tokens[found.First].Range.Start, _tokens[found.End - 1].Range.End);
        Results.Add(new TimeExpression(
            range, range.Of(_text), found.Type, found.Value, found.Modifier, found.Begin, found.EndValue));
        if (found.Type is TimexType.Date or TimexType.Time && found.Value.Length >= 10
            && TryParseDay(found.Value.AsSpan(0, 10)) is { } day)
        {
            _lastDay = day;
            _lastDayWasEvening = IsEvening(found.Value);
            _lastDaySentence = _sentenceStart;
            RememberEventDay(found.End, day);
        }

        if (found.Type == TimexType.Date && found.Value.Length == 7 && found.Value[5] == 'Q' && found.Value[6] != 'X' && char.IsAsciiDigit(found.Value[0]))
        {
            _lastQuarter = found.Value;
            if (_latestQuarter is null || string.CompareOrdinal(found.Value, _latestQuarter) > 0)
            {
                _latestQuarter = found.Value;
            }
        }
    }

    // ---------------------------------------------------------------- token access

    private ReadOnlySpan<char> Span(int i) => _text.AsSpan(_tokens[i].Range.Start, _tokens[i].Range.Length);

    private bool InSentence(int i) => i >= _sentenceStart && i < _sentenceEnd;

    private bool Is(int i, string word) => InSentence(i) && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private TimeWord? Word(int i) => InSentence(i) && _tokens[i].Kind == TokenKind.Word ? _lexicon.Find(Span(i)) : null;

    private bool IsCapitalised(int i) => char.IsUpper(Span(i)[0]);

    private bool IsTrigger(int i)
    {
        var span = Span(i);
        if (char.IsAsciiDigit(span[0]))
        {
            return true;
        }

        if (_tokens[i].Kind != TokenKind.Word)
        {
            return span[0] == '\'' && span.Length > 1;
        }

        if (_lexicon.Find(span) is not null || IsKeyword(span))
        {
            return true;
        }

        // "third-quarter", "two-year", "twenty-four"
        var hyphen = span.IndexOf('-');
        return hyphen > 0 && _lexicon.Find(span[..hyphen]) is not null;
    }

    private static bool IsKeyword(ReadOnlySpan<char> span) =>
        span.StartsWith("mid-", StringComparison.OrdinalIgnoreCase) || (span.Length == 2 && span[0] is 'Q' && span[1] is >= '1' and <= '4');

    /// <summary>An unsigned integer token, or -1.</summary>
    private int Integer(int i)
    {
        if (!InSentence(i))
        {
            return -1;
        }

        var span = Span(i);
        return span.Length is > 0 and <= 5 && int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;
    }

    /// <summary>A day of the month written "3", "3rd", "21st" (with an optional following "of"), or -1.</summary>
    private int DayNumber(int i)
    {
        if (!InSentence(i) || _tokens[i].Kind != TokenKind.Number)
        {
            return -1;
        }

        var span = Span(i);
        if (span.Length > 2 && (span.EndsWith("st") || span.EndsWith("nd") || span.EndsWith("rd") || span.EndsWith("th")))
        {
            span = span[..^2];
        }

        return span.Length is 1 or 2 && int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31
            ? day
            : -1;
    }

    /// <summary>A year written as four digits (1000-2199), or -1.</summary>
    private int YearNumber(int i)
    {
        if (!InSentence(i) || _tokens[i].Kind != TokenKind.Number || Span(i).Length != 4)
        {
            return -1;
        }

        var year = Integer(i);
        return year is >= 1000 and <= 2199 ? year : -1;
    }

    /// <summary>A month name at <paramref name="i"/>: capitalised, and "May"/"March" only where a date is plausible.</summary>
    private int MonthAt(int i, bool dateFollows)
    {
        if (Word(i) is not { Month: > 0 } word || !IsCapitalised(i))
        {
            return 0;
        }

        var span = Span(i);
        var ambiguous = span.Equals("may", StringComparison.OrdinalIgnoreCase) || span.Equals("march", StringComparison.OrdinalIgnoreCase);
        if (ambiguous && !dateFollows && !PrecededByDateCue(i) && !(i == _sentenceStart + 0 && _sentenceEnd - _sentenceStart <= 3))
        {
            return 0;
        }

        return word.Month;
    }

    private bool PrecededByDateCue(int i)
    {
        if (!InSentence(i - 1))
        {
            return false;
        }

        var previous = Span(i - 1);
        foreach (var cue in DateCues)
        {
            if (previous.Equals(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] DateCues =
        ["in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "of", "during", "from", "through", "before", "after", "on", "to", "between", "and", "end", "throughout"];

    /// <summary>
    /// A count at <paramref name="i"/>: digits ("48"), words ("twenty four", "twenty-four", "a",
    /// "a few", "a couple of", "several"); -1 for a vague amount. Returns the token after it, or -1.
    /// </summary>
    private int Count(int i, out int count)
    {
        count = 0;
        if (!InSentence(i))
        {
            return -1;
        }

        if (_tokens[i].Kind == TokenKind.Number)
        {
            count = Integer(i);
            return count is >= 0 and <= MaxCount ? i + 1 : -1;
        }

        var span = Span(i);
        var hyphen = span.IndexOf('-');
        if (hyphen > 0 && _lexicon.Find(span[..hyphen]) is { Number: >= 20 } tens && _lexicon.Find(span[(hyphen + 1)..]) is { Number: > 0 and < 10 } ones)
        {
            count = tens.Number + ones.Number;
            return i + 1;
        }

        if (Word(i) is not { Number: not 0 } word)
        {
            return -1;
        }

        if (word.Number == 1 && (Is(i, "a") || Is(i, "an")))
        {
            // "a few", "a couple of", "a hundred"
            if (Word(i + 1) is { Number: -1 } || Is(i + 1, "couple") || Is(i + 1, "hundred"))
            {
                var after = Count(i + 1, out count);
                return after > 0 && Is(after, "of") ? after + 1 : after;
            }

            count = 1;
            return i + 1;
        }

        count = word.Number;
        var j = i + 1;
        if (word.Number >= 20 && word.Number < 100 && Word(j) is { Number: > 0 and < 10 } unit && !Is(j, "a") && !Is(j, "an"))
        {
            count += unit.Number;
            j++;
        }

        if (Is(j, "hundred") && count > 0)
        {
            count *= 100;
            j++;
        }

        if (Is(i, "couple") && Is(j, "of"))
        {
            j++;
        }

        return j;
    }

    /// <summary>A unit word at <paramref name="i"/>, or null. <paramref name="plural"/> tells whether it ends in -s.</summary>
    private string? UnitAt(int i, out bool plural)
    {
        plural = false;
        if (Word(i) is not { Unit: { } unit })
        {
            return null;
        }

        plural = Span(i).EndsWith("s", StringComparison.OrdinalIgnoreCase);
        return unit;
    }

    private Tense TenseAround(int first, int end) => _tense.Guess(_text, _tokens, _sentenceStart, _sentenceEnd, first, end);

    private static DateOnly? TryParseDay(ReadOnlySpan<char> value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    // ---------------------------------------------------------------- expressions

    private bool TryExpression(int i, out TimexCandidate found)
    {
        found = default;

        // "more than", "less than", "at least", "up to", "about", "nearly": a modifier before a quantity.
        if (ApproximationAt(i, out var approximation, out var afterApproximation))
        {
            if (TryCore(afterApproximation, out var inner) && inner.Type is TimexType.Duration or TimexType.Date)
            {
                found = inner with { First = i, Modifier = inner.Modifier ?? approximation };
                return true;
            }
        }

        // "early", "late", "mid", "earlier", "later": a position inside the period.
        if (Word(i) is { Position: { } position })
        {
            var j = i + 1;
            if (Is(j, "on") || Is(j, "in"))
            {
                j++;
            }

            // "earlier this month" is one expression; "earlier Friday", "later today" are not (TimeBank).
            var relative = Is(i, "earlier") || Is(i, "later");
            var modifier = relative ? null : position;
            if ((!relative || Word(j) is { Shift: not null }) && TryCore(j, out var inner) && inner.Type is TimexType.Date or TimexType.Time && inner.Value is not ("PRESENT_REF" or "PAST_REF" or "FUTURE_REF"))
            {
                found = inner with { First = i, Modifier = inner.Modifier ?? modifier };
                return true;
            }
        }

        // "the end of March", "the beginning of the year", "the middle of next week"
        if (Is(i, "the") && (Is(i + 1, "end") || Is(i + 1, "beginning") || Is(i + 1, "start") || Is(i + 1, "middle") || Is(i + 1, "turn")) && Is(i + 2, "of"))
        {
            var modifier = Is(i + 1, "end") ? "END" : Is(i + 1, "middle") ? "MID" : "START";
            if (TryCore(i + 3, out var inner, periodAllowed: true) && inner.Type == TimexType.Date)
            {
                found = inner with { First = i, Modifier = modifier };
                return true;
            }
        }

        // "mid-March", "mid-1990s"
        if (Span(i).StartsWith("mid-", StringComparison.OrdinalIgnoreCase) && Span(i).Length > 4)
        {
            if (TryMidToken(i, out found))
            {
                return true;
            }
        }

        return TryCore(i, out found);
    }

    private bool ApproximationAt(int i, out string? modifier, out int next)
    {
        modifier = null;
        next = i + 1;
        if (Word(i) is { Approximation: { } approximation } && !Is(i, "some"))
        {
            modifier = approximation;
            return true;
        }

        if (Is(i, "some") && Count(i + 1, out _) > 0 && !Is(i + 1, "a") && !Is(i + 1, "an"))
        {
            modifier = "APPROX";
            return true;
        }

        if ((Is(i, "more") || Is(i, "less")) && Is(i + 1, "than"))
        {
            modifier = Is(i, "more") ? "MORE_THAN" : "LESS_THAN";
            next = i + 2;
            return true;
        }

        if (Is(i, "at") && (Is(i + 1, "least") || Is(i + 1, "most")))
        {
            modifier = Is(i + 1, "least") ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS";
            next = i + 2;
            return true;
        }

        if (Is(i, "up") && Is(i + 1, "to"))
        {
            modifier = "EQUAL_OR_LESS";
            next = i + 2;
            return true;
        }

        return false;
    }

    private bool TryMidToken(int i, out TimexCandidate found)
    {
        found = default;
        var rest = Span(i)[4..];
        if (_lexicon.Find(rest) is { Month: > 0 } month)
        {
            var year = Is(i + 1, ",") ? YearNumber(i + 2) : YearNumber(i + 1);
            var end = year > 0 ? (Is(i + 1, ",") ? i + 3 : i + 2) : i + 1;
            var value = year > 0 ? TimexCalendar.Month(year, month.Month) : MonthWithoutYear(month.Month, i, end);
            found = new TimexCandidate(i, end, TimexType.Date, value, "MID");
            return true;
        }

        if (DecadeValue(rest) is { } decade)
        {
            found = new TimexCandidate(i, i + 1, TimexType.Date, decade, "MID");
            return true;
        }

        if (_lexicon.Find(rest) is { Unit: "W" or "M" or "Y" } unit)
        {
            found = new TimexCandidate(i, i + 1, TimexType.Date, TimexCalendar.Period(_anchor, unit.Unit!), "MID");
            return true;
        }

        return false;
    }

    /// <summary>The expression starting at <paramref name="i"/>, without leading modifiers.</summary>
    /// <param name="periodAllowed">After "the end of": "the year", "the month", "the week" are the current ones.</param>
    private bool TryCore(int i, out TimexCandidate found, bool periodAllowed = false)
    {
        found = default;
        if (!InSentence(i))
        {
            return false;
        }

        var span = Span(i);
        if (span.IndexOf('-') > 0 && !TryNumericDate(span, out _) && HyphenatedQuantity(span, out var hyphenUnit, out var hyphenCount))
        {
            found = new TimexCandidate(i, i + 1, TimexType.Duration, TimexCalendar.Duration(hyphenUnit, hyphenCount));
            return true;
        }

        if (TryYearEarlier(i, out found))
        {
            return true;
        }

        if (_tokens[i].Kind == TokenKind.Number)
        {
            return TryNumberFirst(i, out found);
        }

        if (span[0] == '\'' && DecadeValue(span[1..]) is { } shortDecade)
        {
            found = new TimexCandidate(i, i + 1, TimexType.Date, shortDecade);
            return true;
        }

        var word = Word(i);
        if (word is { StartsHoliday: true } && IsCapitalised(i) && TryHoliday(i, out found))
        {
            return true;
        }

        if (word is { IsDeterminer: true })
        {
            return TryDeterminer(i, out found, periodAllowed);
        }

        if (word is { Deictic: { } offset })
        {
            return TryDeictic(i, offset, out found);
        }

        if (word is { Weekday: > 0 })
        {
            return TryWeekday(i, out found);
        }

        if (MonthAt(i, dateFollows: DayNumber(i + 1) > 0 || YearNumber(i + 1) > 0) is > 0 and var month)
        {
            return TryMonthFirst(i, month, out found);
        }

        if (word is { Shift: { } shift } && TryShifted(i, i + 1, shift, withArticle: false, out found))
        {
            return true;
        }

        if (TryQuarterWord(i, i, out found))
        {
            return true;
        }

        if (word is { Set: { } set })
        {
            found = new TimexCandidate(i, i + 1, TimexType.Set, set);
            return true;
        }

        if ((Is(i, "every") || Is(i, "each")) && TrySet(i, out found))
        {
            return true;
        }

        if (Count(i, out var count) is > 0 and var afterCount && TryQuantity(i, afterCount, count, out found))
        {
            return true;
        }

        if (word is { Reference: { } reference } && TryReference(i, reference, out found))
        {
            return true;
        }

        if (word is { Season: { } season } && (PrecededByDateCue(i) || YearNumber(i + 1) > 0 || Is(i + 1, "of")))
        {
            found = Season(i, i + 1, season, _anchor?.Year);
            return true;
        }

        if (word is { Unit: { } bareUnit } && span.EndsWith("s", StringComparison.OrdinalIgnoreCase) && bareUnit is not ("WE" or "S")
            && InSentence(i - 1) && IsDurationCue(Span(i - 1)))
        {
            found = new TimexCandidate(i, i + 1, TimexType.Duration, TimexCalendar.Duration(bareUnit, -1));
            return true;
        }

        if (Is(i, "noon") || Is(i, "midnight"))
        {
            var time = Is(i, "noon") ? "12:00" : "24:00";
            found = new TimexCandidate(i, i + 1, TimexType.Time, $"{TimexCalendar.Day(ReferenceDay)}T{time}");
            return true;
        }

        if (Is(i, "overnight"))
        {
            // A past "overnight" is the night before the day in view, unless the story has just
            // told of that day's evening: then it is the night that followed.
            var night = TenseAround(i, i + 1) == Tense.Past && !(_lastDayWasEvening && ReferenceDay == _lastDay) ? Day(ReferenceDay, -1) : ReferenceDay;
            found = new TimexCandidate(i, i + 1, TimexType.Time, $"{TimexCalendar.Day(night)}TNI");
            return true;
        }

        if (Is(i, "fiscal") && YearNumber(i + 1) is > 0 and var fiscalYear)
        {
            found = new TimexCandidate(i, i + 2, TimexType.Date, TimexCalendar.Year(fiscalYear));
            return true;
        }

        if (span.Length == 2 && span[0] == 'Q' && span[1] is >= '1' and <= '4')
        {
            var year = YearNumber(i + 1);
            var end = year > 0 ? i + 2 : i + 1;
            found = new TimexCandidate(i, end, TimexType.Date, $"{(year > 0 ? TimexCalendar.Year(year) : TimexCalendar.Year(_anchor))}-Q{span[1]}");
            return true;
        }

        if (Is(i, "these") && Is(i + 1, "days"))
        {
            found = new TimexCandidate(i, i + 2, TimexType.Date, "PRESENT_REF");
            return true;
        }

        return false;
    }

    /// <summary>"Christmas", "New Year's Day", "Thanksgiving": the occurrence nearest the anchor.</summary>
    private bool TryHoliday(int i, out TimexCandidate found)
    {
        found = default;
        foreach (var holiday in _lexicon.Holidays)
        {
            var matches = true;
            for (var k = 0; k < holiday.Words.Count && matches; k++)
            {
                matches = Is(i + k, holiday.Words[k]);
            }

            if (!matches)
            {
                continue;
            }

            var end = i + holiday.Words.Count;
            var year = YearNumber(end);
            string value;
            if (year > 0)
            {
                value = TimexCalendar.Day(holiday.In(year));
                end++;
            }
            else if (_anchor is { } anchor)
            {
                var nearest = new[] { anchor.Year - 1, anchor.Year, anchor.Year + 1 }
                    .Select(holiday.In)
                    .MinBy(date => Math.Abs(date.DayNumber - anchor.DayNumber));
                value = TimexCalendar.Day(nearest);
            }
            else
            {
                value = holiday.Day > 0 ? $"XXXX-{holiday.Month:00}-{holiday.Day:00}" : "XXXX-XX-XX";
            }

            found = new TimexCandidate(i, end, TimexType.Date, value);
            return true;
        }

        return false;
    }

    private static bool IsDurationCue(ReadOnlySpan<char> previous) =>
        previous.Equals("for", StringComparison.OrdinalIgnoreCase) || previous.Equals("over", StringComparison.OrdinalIgnoreCase)
        || previous.Equals("within", StringComparison.OrdinalIgnoreCase) || previous.Equals("took", StringComparison.OrdinalIgnoreCase)
        || previous.Equals("lasted", StringComparison.OrdinalIgnoreCase);

    private static DateOnly? Day(DateOnly? day, int offset) => day?.AddDays(offset);

    // "today", "yesterday morning", "tomorrow night", "tonight"
    private bool TryDeictic(int i, int offset, out TimexCandidate found)
    {
        var day = Day(_anchor, offset);
        if (Is(i, "tonight"))
        {
            found = new TimexCandidate(i, i + 1, TimexType.Time, $"{TimexCalendar.Day(day)}TNI");
            return true;
        }

        if (Word(i + 1) is { PartOfDay: { } part })
        {
            found = new TimexCandidate(i, i + 2, TimexType.Time, $"{TimexCalendar.Day(day)}T{part}");
            return true;
        }

        found = new TimexCandidate(i, i + 1, TimexType.Date, TimexCalendar.Day(day));
        return WithClockTime(ref found);
    }

    // "Tuesday", "Tuesday night", "Tuesday, March 3, 2026", "Tuesday 3 March"
    private bool TryWeekday(int i, out TimexCandidate found)
    {
        var weekday = Word(i)!.Weekday;
        var j = Is(i + 1, ",") ? i + 2 : i + 1;
        if (MonthAt(j, dateFollows: true) is > 0 and var month && DayNumber(j + 1) > 0 && TryMonthFirst(j, month, out var date))
        {
            found = date with { First = i };
            return true;
        }

        if (DayNumber(j) > 0 && MonthAt(j + 1, dateFollows: true) is > 0 && TryNumberFirst(j, out date) && date.Type == TimexType.Date)
        {
            found = date with { First = i };
            return true;
        }

        var end = i + 1;
        var day = ResolveWeekday(weekday, TenseAround(i, end), i);
        if (Word(end) is { PartOfDay: { } part } && !Span(end).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            found = new TimexCandidate(i, end + 1, TimexType.Time, $"{TimexCalendar.Day(day)}T{part}");
            return true;
        }

        found = new TimexCandidate(i, end, TimexType.Date, TimexCalendar.Day(day));
        return WithClockTime(ref found);
    }

    private DateOnly? ResolveWeekday(int weekday, Tense tense, int i)
    {
        if (_anchor is not { } anchor)
        {
            return null;
        }

        if (Is(i - 1, "next") || Is(i - 1, "coming"))
        {
            return TimexCalendar.Weekday(anchor.AddDays(1), weekday, 1);
        }

        // "until Wednesday" in a report looks ahead, whatever the verb.
        if (Is(i - 1, "until") || Is(i - 1, "till"))
        {
            tense = Tense.Future;
        }

        return tense == Tense.Future ? TimexCalendar.Weekday(anchor, weekday, 1) : TimexCalendar.Weekday(anchor, weekday, -1);
    }

    // "March 3, 2026", "March 3", "March 2026", "March", "Sept. 30, 1998", "March of 2026"
    private bool TryMonthFirst(int i, int month, out TimexCandidate found)
    {
        var day = DayNumber(i + 1);
        if (day > 0 && YearNumber(i + 1) < 0)
        {
            var j = i + 2;
            var yearAt = Is(j, ",") ? j + 1 : j;
            var year = YearNumber(yearAt);
            if (year > 0 && TimexCalendar.TryDate(year, month, day) is { } full)
            {
                found = new TimexCandidate(i, yearAt + 1, TimexType.Date, TimexCalendar.Day(full));
                return WithClockTime(ref found);
            }

            found = new TimexCandidate(i, j, TimexType.Date, DayWithoutYear(month, day, i, j));
            return WithClockTime(ref found);
        }

        // "June last year", "January this year", "March of next year"
        var shiftAt = Is(i + 1, "of") ? i + 2 : i + 1;
        if (Word(shiftAt) is { Shift: { } yearShift } && Is(shiftAt + 1, "year") && _anchor is { } anchor)
        {
            found = new TimexCandidate(i, shiftAt + 2, TimexType.Date, TimexCalendar.Month(anchor.Year + yearShift, month));
            return true;
        }

        var monthYearAt = Is(i + 1, ",") || Is(i + 1, "of") ? i + 2 : i + 1;
        if (YearNumber(monthYearAt) is > 0 and var monthYear)
        {
            found = new TimexCandidate(i, monthYearAt + 1, TimexType.Date, TimexCalendar.Month(monthYear, month));
            return true;
        }

        found = new TimexCandidate(i, i + 1, TimexType.Date, MonthWithoutYear(month, i, i + 1));
        return true;
    }

    /// <summary>
    /// "March 3" without a year: the reading nearest the anchor, unless the clause's tense points the
    /// other way and the date is over a month off: the tense cue is noisier than the nearness prior.
    /// </summary>
    private string DayWithoutYear(int month, int day, int first, int end)
    {
        if (_anchor is not { } anchor)
        {
            return $"XXXX-{month:00}-{day:00}";
        }

        DateOnly? best = null;
        foreach (var year in (ReadOnlySpan<int>)[anchor.Year, anchor.Year - 1, anchor.Year + 1])
        {
            if (TimexCalendar.TryDate(year, month, day) is { } date
                && (best is null || Math.Abs(date.DayNumber - anchor.DayNumber) < Math.Abs(best.Value.DayNumber - anchor.DayNumber)))
            {
                best = date;
            }
        }

        if (best is not { } nearest)
        {
            return $"{anchor.Year:0000}-{month:00}-{day:00}";
        }

        // "since 3 March" is behind the anchor by definition.
        if (Is(first - 1, "since") && nearest > anchor && TimexCalendar.TryDate(nearest.Year - 1, month, day) is { } earlier)
        {
            return TimexCalendar.Day(earlier);
        }

        // A clear tense overrides the nearest reading only three months or more away from the anchor.
        var tense = TenseAround(first, end);
        if (tense == Tense.Past && nearest.DayNumber - anchor.DayNumber > 90 && TimexCalendar.TryDate(nearest.Year - 1, month, day) is { } before)
        {
            nearest = before;
        }
        else if (tense == Tense.Future && anchor.DayNumber - nearest.DayNumber > 90 && TimexCalendar.TryDate(nearest.Year + 1, month, day) is { } after)
        {
            nearest = after;
        }

        return TimexCalendar.Day(nearest);
    }

    private string MonthWithoutYear(int month, int first, int end)
    {
        if (_anchor is not { } anchor)
        {
            return $"XXXX-{month:00}";
        }

        if (Is(first - 1, "last") || Is(first - 1, "next"))
        {
            var shifted = Is(first - 1, "last")
                ? (month < anchor.Month ? anchor.Year : anchor.Year - 1)
                : (month > anchor.Month ? anchor.Year : anchor.Year + 1);
            return TimexCalendar.Month(shifted, month);
        }

        // As for a day without a year: the nearest reading, unless the tense points the other way
        // and the month is over three months off.
        var difference = month - anchor.Month;
        var year = anchor.Year;
        if (Math.Abs(difference) > 6)
        {
            year += difference > 0 ? -1 : 1;
            difference += difference > 0 ? -12 : 12;
        }

        var tense = TenseAround(first, end);
        if (Is(first - 1, "since") && difference > 0)
        {
            year--;
        }
        else if (tense == Tense.Past && difference > 3)
        {
            year--;
        }
        else if (tense == Tense.Future && difference < -3)
        {
            year++;
        }

        return TimexCalendar.Month(year, month);
    }

    // Tokens starting with a digit: "3 March 2026", "2026-03-03", "03/03/2026", "1990s", "2014",
    // "3 p.m.", "15:00", "48 hours", "three-day" is a word (see TryQuantity), "third-quarter".
    private bool TryNumberFirst(int i, out TimexCandidate found)
    {
        found = default;
        var span = Span(i);
        if (TryNumericDate(span, out var numericValue))
        {
            found = new TimexCandidate(i, i + 1, TimexType.Date, numericValue);
            return WithClockTime(ref found);
        }

        if (DecadeValue(span) is { } decade)
        {
            found = new TimexCandidate(i, i + 1, TimexType.Date, decade);
            return true;
        }

        if (TryClockTime(i, out var clock, out var clockEnd))
        {
            return ClockTimeExpression(i, clock, clockEnd, out found);
        }

        var day = DayNumber(i);
        if (day > 0)
        {
            var j = Is(i + 1, "of") ? i + 2 : i + 1;
            if (MonthAt(j, dateFollows: true) is > 0 and var month)
            {
                var yearAt = Is(j + 1, ",") ? j + 2 : j + 1;
                var year = YearNumber(yearAt);
                if (year > 0 && TimexCalendar.TryDate(year, month, day) is { } full)
                {
                    found = new TimexCandidate(i, yearAt + 1, TimexType.Date, TimexCalendar.Day(full));
                    return WithClockTime(ref found);
                }

                found = new TimexCandidate(i, j + 1, TimexType.Date, DayWithoutYear(month, day, i, j + 1));
                return WithClockTime(ref found);
            }
        }

        if (Count(i, out var count) is > 0 and var afterCount && TryQuantity(i, afterCount, count, out found))
        {
            return true;
        }

        var yearNumber = YearNumber(i);
        if (yearNumber > 0 && IsStandaloneYear(i))
        {
            found = new TimexCandidate(i, i + 1, TimexType.Date, TimexCalendar.Year(yearNumber));
            if (Word(i + 1) is { Season: { } season })
            {
                found = Season(i, i + 2, season, yearNumber);
            }
            else if (TryQuarterWord(i + 1, i, out var quarter))
            {
                found = quarter with { Value = $"{TimexCalendar.Year(yearNumber)}{quarter.Value[4..]}" };
            }

            return true;
        }

        return false;
    }

    private bool IsStandaloneYear(int i)
    {
        if (InSentence(i - 1))
        {
            var previous = Span(i - 1);
            if (previous is "$" or "€" or "£" or "#" or "No." or "no." || previous.Equals("number", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("page", StringComparison.OrdinalIgnoreCase) || previous.Equals("route", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        if (InSentence(i + 1))
        {
            var next = Span(i + 1);
            if (next is "%" or "-" || next.Equals("percent", StringComparison.OrdinalIgnoreCase) || next.Equals("per", StringComparison.OrdinalIgnoreCase)
                || (_tokens[i + 1].Kind == TokenKind.Word && char.IsLower(next[0]) && next.EndsWith("s") && Word(i + 1) is null && !next.Equals("was", StringComparison.Ordinal) && !next.Equals("is", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"2026-03-03", "2026/03/03", "03/03/2026", "3.3.2026": an ambiguous day/month order takes the reading nearest the anchor.</summary>
    private bool TryNumericDate(ReadOnlySpan<char> span, out string value)
    {
        value = "";
        if (span.Length is < 6 or > 10)
        {
            return false;
        }

        Span<Range> parts = stackalloc Range[4];
        var separator = span.IndexOfAny('-', '/', '.') is >= 0 and var at ? span[at] : '\0';
        if (separator == '\0' || span.Split(parts, separator) != 3)
        {
            return false;
        }

        var a = span[parts[0]];
        var b = span[parts[1]];
        var c = span[parts[2]];
        if (!int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var x)
            || !int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var z))
        {
            return false;
        }

        if (a.Length == 4)
        {
            return TimexCalendar.TryDate(x, y, z) is { } isoDate && Set(isoDate, out value);
        }

        if (c.Length is not (2 or 4) || a.Length > 2 || b.Length > 2 || separator == '-' && c.Length == 2)
        {
            return false;
        }

        var year = c.Length == 4 ? z : 2000 + z > (_anchor?.Year ?? 2100) + 1 ? 1900 + z : 2000 + z;
        var dayFirst = separator == '.' ? TimexCalendar.TryDate(year, y, x) : TimexCalendar.TryDate(year, y, x);
        var monthFirst = separator == '.' ? null : TimexCalendar.TryDate(year, x, y);
        DateOnly? chosen = (dayFirst, monthFirst) switch
        {
            ({ } d, null) => d,
            (null, { } m) => m,
            ({ } d, { } m) when d == m => d,
            ({ } d, { } m) => _anchor is { } anchor && Math.Abs(d.DayNumber - anchor.DayNumber) < Math.Abs(m.DayNumber - anchor.DayNumber) ? d : m,
            _ => null,
        };
        return chosen is { } date && Set(date, out value);

        static bool Set(DateOnly date, out string value)
        {
            value = TimexCalendar.Day(date);
            return true;
        }
    }

    /// <summary>"1990s" → "199", "90s" → "199", "1900s" → "190" (TIMEX3 decades).</summary>
    private static string? DecadeValue(ReadOnlySpan<char> span)
    {
        if (span.Length == 5 && span[4] is 's' && span[3] == '0' && int.TryParse(span[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1000)
        {
            return span[..3].ToString();
        }

        if (span.Length == 3 && span[2] == 's' && span[1] == '0' && char.IsAsciiDigit(span[0]))
        {
            return (span[0] >= '3' ? "19" : "20") + span[0];
        }

        return null;
    }

    /// <summary>"3 p.m.", "3pm", "3:30 p.m.", "15:30", "3 o'clock": the clock time as HH:mm.</summary>
    private bool TryClockTime(int i, out string clock, out int end)
    {
        clock = "";
        end = i + 1;
        var span = Span(i);
        var meridiem = 0;
        var digits = span;
        if (span.EndsWith("am", StringComparison.OrdinalIgnoreCase) || span.EndsWith("pm", StringComparison.OrdinalIgnoreCase))
        {
            meridiem = char.ToLowerInvariant(span[^2]) == 'p' ? 2 : 1;
            digits = span[..^2];
        }
        else if (InSentence(i + 1) && MeridiemAt(i + 1) is > 0 and var following)
        {
            meridiem = following;
            end = i + 2;
        }
        else if (Is(i + 1, "o'clock"))
        {
            end = i + 2;
            meridiem = -1;
        }

        // "4:17", or "4.17" when a.m./p.m. says it is a clock time and not a decimal.
        var colon = digits.IndexOf(':');
        if (colon < 0 && meridiem > 0)
        {
            colon = digits.IndexOf('.');
        }

        int hour;
        var minute = 0;
        if (colon > 0)
        {
            if (!int.TryParse(digits[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out hour)
                || digits.Length - colon != 3
                || !int.TryParse(digits[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out minute))
            {
                return false;
            }

            if (meridiem == 0 && !(Is(i - 1, "at") || Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "from") || Is(i - 1, "around") || IsZone(i + 1)))
            {
                return false;
            }
        }
        else if (meridiem != 0 && digits.Length is 1 or 2 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out hour))
        {
        }
        else
        {
            return false;
        }

        if (hour > 23 || minute > 59 || (meridiem > 0 && hour is 0 or > 12))
        {
            return false;
        }

        if (meridiem == 2 && hour < 12)
        {
            hour += 12;
        }
        else if (meridiem == 1 && hour == 12)
        {
            hour = 0;
        }

        clock = $"{hour:00}:{minute:00}";
        if (IsZone(end))
        {
            // TIMEX3 marks universal time with Z; other zones stay in the extent but not the value.
            if (Is(end, "UTC") || Is(end, "GMT"))
            {
                clock += "Z";
            }

            end++;
        }

        return true;
    }

    private int MeridiemAt(int i)
    {
        var span = Span(i);
        if (span.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || span.Equals("am", StringComparison.OrdinalIgnoreCase) || span.Equals("a.m", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        return span.Equals("p.m.", StringComparison.OrdinalIgnoreCase) || span.Equals("pm", StringComparison.OrdinalIgnoreCase) || span.Equals("p.m", StringComparison.OrdinalIgnoreCase)
            ? 2
            : 0;
    }

    /// <summary>A zone after a clock time: "GMT", "EST", "UTC".</summary>
    private bool IsZone(int i)
    {
        if (!InSentence(i) || _tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        var span = Span(i);
        return span.Length is >= 2 and <= 4 && (span[^1] == 'T' || span.SequenceEqual("UTC")) && span.IndexOfAnyExceptInRange('A', 'Z') < 0;
    }

    /// <summary>A clock time, joined to a following day ("3 p.m. Tuesday", "3 p.m. yesterday") or else to the reference day.</summary>
    private bool ClockTimeExpression(int i, string clock, int end, out TimexCandidate found)
    {
        var j = Is(end, "on") ? end + 1 : end;
        if (InSentence(j) && (Word(j) is { Weekday: > 0 } || Word(j) is { Deictic: not null }) && TryCore(j, out var day) && day.Type == TimexType.Date && day.Value.Length == 10)
        {
            found = new TimexCandidate(i, day.End, TimexType.Time, $"{day.Value}T{clock}");
            return true;
        }

        found = new TimexCandidate(i, end, TimexType.Time, $"{TimexCalendar.Day(BareClockDay(i, end, clock))}T{clock}");
        return true;
    }

    /// <summary>
    /// The day a clock time with no day beside it falls on. The sentence's event, when an earlier
    /// sentence dated it ("Tuesday's earthquake" … "The quake struck at 4:17 a.m."), beats the last
    /// day named unless that day is named in the same sentence; an early-morning time right after a night ("since Sunday night" … "at 2.40 am")
    /// (or an evening) is the next day; and a past event cannot come after the report that tells of it, so a time
    /// later than the publication on its own day is the day before.
    /// </summary>
    private DateOnly? BareClockDay(int first, int end, string clock)
    {
        if (_lastDaySentence != _sentenceStart && EventDayInSentence() is { } eventDay)
        {
            return eventDay;
        }

        var day = ReferenceDay;
        if (day is null || !TimeOnly.TryParseExact(clock.AsSpan(0, Math.Min(5, clock.Length)), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return day;
        }

        if (_lastDayWasEvening && day == _lastDay && time.Hour < 6)
        {
            return day.Value.AddDays(1);
        }

        return day == _anchor && _anchorClock is { } published && time.ToTimeSpan() - published.ToTimeSpan() > TimeSpan.FromHours(1) && TenseAround(first, end) == Tense.Past
            ? day.Value.AddDays(-1)
            : day;
    }

    /// <summary>An evening or night value: "2026-03-10TNI", "2026-03-10TEV", "2026-03-10T21:40".</summary>
    private static bool IsEvening(string value) =>
        value.EndsWith("TNI", StringComparison.Ordinal) || value.EndsWith("TEV", StringComparison.Ordinal)
        || (value.Length >= 13 && value[10] == 'T' && char.IsAsciiDigit(value[11]) && char.IsAsciiDigit(value[12])
            && (value[11] - '0') * 10 + (value[12] - '0') >= 18);

    /// <summary>Remembers "Tuesday's earthquake": the noun after a possessive day names an event of that day.</summary>
    private void RememberEventDay(int afterDay, DateOnly day)
    {
        if (_eventDays.Count < MaxEventNouns && InSentence(afterDay + 1) && (Is(afterDay, "'s") || Is(afterDay, "’s"))
            && _tokens[afterDay + 1].Kind == TokenKind.Word && char.IsLower(Span(afterDay + 1)[0]))
        {
            _eventDays.TryAdd(Span(afterDay + 1).ToString(), day);
        }
    }

    /// <summary>The day of an event named in the current sentence ("quake" matches "earthquake").</summary>
    private DateOnly? EventDayInSentence()
    {
        if (_eventDays.Count == 0)
        {
            return null;
        }

        for (var i = _sentenceStart; i < _sentenceEnd; i++)
        {
            var word = Span(i);
            if (_tokens[i].Kind != TokenKind.Word || word.Length < 4)
            {
                continue;
            }

            foreach (var (noun, day) in _eventDays)
            {
                if (noun.AsSpan().EndsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    return day;
                }
            }
        }

        return null;
    }

    /// <summary>Extends a day by a clock time right after it ("Tuesday 3 p.m.", "March 3 at 15:00").</summary>
    private bool WithClockTime(ref TimexCandidate found)
    {
        if (found.Value.Length != 10)
        {
            return true;
        }

        var j = Is(found.End, "at") ? found.End + 1 : Is(found.End, ",") ? found.End + 1 : found.End;
        if (InSentence(j) && _tokens[j].Kind == TokenKind.Number && TryClockTime(j, out var clock, out var end))
        {
            found = found with { End = end, Type = TimexType.Time, Value = $"{found.Value}T{clock}" };
        }

        return true;
    }

    // "the ..." forms
    private bool TryDeterminer(int i, out TimexCandidate found, bool periodAllowed)
    {
        found = default;
        var j = i + 1;
        if (!InSentence(j))
        {
            return false;
        }

        var next = Word(j);
        if (Is(j, "past") && Word(j + 1) is not { Unit: not null } && Count(j + 1, out _) < 0)
        {
            found = new TimexCandidate(i, j + 1, TimexType.Date, "PAST_REF");
            return true;
        }

        if (Is(j, "near") && (Is(j + 1, "future") || Is(j + 1, "term")))
        {
            found = new TimexCandidate(i, j + 2, TimexType.Date, "FUTURE_REF");
            return true;
        }

        var comparable = Is(j, "comparable") ? j + 1 : j;
        if (TryYearEarlier(comparable, out var yearEarlier))
        {
            found = yearEarlier with { First = i };
            return true;
        }

        if (Is(j, "future"))
        {
            found = new TimexCandidate(i, j + 1, TimexType.Date, "FUTURE_REF");
            return true;
        }

        // "the current year" is this year, a date; other shifted periods after "the" may be spans.
        if (Is(j, "current") && Word(j + 1) is { Unit: "Y" or "M" or "W" or "Q" } currentPeriod)
        {
            found = new TimexCandidate(i, j + 2, TimexType.Date, TimexCalendar.Period(_anchor, currentPeriod.Unit!));
            return true;
        }

        if (next is { Shift: { } shift } && TryShifted(i, j + 1, shift, withArticle: true, out found))
        {
            return true;
        }

        if (Is(j, "latest") || Is(j, "current") || Is(j, "same"))
        {
            if (Is(j + 1, "quarter") || Is(j + 1, "period"))
            {
                var value = Is(j, "current") ? TimexCalendar.Quarter(_anchor)
                    : Is(j, "latest") ? _latestQuarter ?? TimexCalendar.Quarter(TimexCalendar.Shift(_anchor, "Q", -1))
                    : _lastQuarter ?? TimexCalendar.Quarter(TimexCalendar.Shift(_anchor, "Q", -1));
                found = new TimexCandidate(i, j + 2, TimexType.Date, value);
                return true;
            }

            return false;
        }

        if (next is { Unit: "Q" } && !Span(j).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            // "the quarter" of an earnings report is the one being reported: the latest named.
            var value = _latestQuarter ?? TimexCalendar.Quarter(TimexCalendar.Shift(_anchor, "Q", -1));
            found = new TimexCandidate(i, j + 1, TimexType.Date, value);
            return true;
        }

        if (next is { Unit: "WE" } && !Span(j).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            var tense = TenseAround(i, j + 1);
            var week = tense == Tense.Future ? _anchor : _anchor?.AddDays(-2);
            found = new TimexCandidate(i, j + 1, TimexType.Date, TimexCalendar.Week(week) + "-WE");
            return true;
        }

        if (periodAllowed && next is { Unit: "Y" or "M" or "W" or "D" } && !Span(j).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            found = new TimexCandidate(i, j + 1, TimexType.Date, TimexCalendar.Period(_anchor, next.Unit!));
            return true;
        }

        // "the third quarter" keeps its article; "the third-quarter results" is an adjective and does not.
        if (Span(j).IndexOf('-') < 0 && TryQuarterWord(j, i, out found))
        {
            return true;
        }

        if (next is { Season: { } season })
        {
            found = Season(i, j + 1, season, _anchor?.Year);
            return true;
        }

        if (DecadeValue(Span(j)) is { } decade || (Span(j) is ['\'', .. var rest] && DecadeValue(rest) is { } decadeShort && (decade = decadeShort) is not null))
        {
            found = new TimexCandidate(i, j + 1, TimexType.Date, decade);
            return true;
        }

        if (Span(j).Equals("'", StringComparison.Ordinal) && InSentence(j + 1) && DecadeValue(Span(j + 1)) is { } apostropheDecade)
        {
            found = new TimexCandidate(i, j + 2, TimexType.Date, apostropheDecade);
            return true;
        }

        // "the first nine months", "the nine months", "the two years"
        var k = Word(j) is { Ordinal: > 0 } ? j + 1 : j;
        if (Count(k, out var count) is > 0 and var afterCount && !Is(k, "a") && !Is(k, "an")
            && UnitAt(afterCount, out var plural) is { } unit && unit is not ("WE" or "Q") && (plural || count == 1))
        {
            found = new TimexCandidate(i, afterCount + 1, TimexType.Duration, TimexCalendar.Duration(unit, count));
            return true;
        }

        // "the Oct. 23 meeting": TimeBank leaves the article out of calendar dates.
        return false;
    }

    // "last week", "next Tuesday", "this morning", "the past 48 hours", "the next few days", "last fall"
    private bool TryShifted(int first, int j, int shift, bool withArticle, out TimexCandidate found)
    {
        found = default;
        if (!InSentence(j))
        {
            return false;
        }

        var isPast = Is(j - 1, "past");
        var word = Word(j);

        // A span counted back or forward from now: "the past 48 hours", "the last three weeks", "the next few days".
        if (Count(j, out var count) is > 0 and var afterCount && !Is(j, "a") && !Is(j, "an") && UnitAt(afterCount, out _) is { } countedUnit)
        {
            found = CountedSpan(first, afterCount + 1, countedUnit, count, shift);
            return true;
        }

        if (word is { Unit: { } unit } && !Span(j).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            if (unit == "Q" && Is(first, "the") && (Is(j - 1, "last") || Is(j - 1, "past") || Is(j - 1, "previous")))
            {
                found = new TimexCandidate(first, j + 1, TimexType.Date, TimexCalendar.Quarter(TimexCalendar.Shift(_anchor, "Q", -1)));
                return true;
            }

            if (withArticle || isPast)
            {
                if (Is(first, "the") && (Is(j - 1, "next") || Is(j - 1, "following") || Is(j - 1, "previous")) && unit == "D")
                {
                    var day = Day(ReferenceDay, shift);
                    found = new TimexCandidate(first, j + 1, TimexType.Date, TimexCalendar.Day(day));
                    return true;
                }

                found = CountedSpan(first, j + 1, unit, 1, shift);
                return true;
            }

            var anchor = _anchor;
            var value = unit == "WE"
                ? TimexCalendar.Week(TimexCalendar.Shift(anchor, "W", shift)) + "-WE"
                : TimexCalendar.Period(TimexCalendar.Shift(anchor, unit, shift), unit);
            found = new TimexCandidate(first, j + 1, TimexType.Date, value);
            if (unit == "Q")
            {
                found = found with { Value = TimexCalendar.Quarter(TimexCalendar.Shift(_anchor, "Q", shift)) };
            }

            return true;
        }

        if (word is { Unit: { } pluralUnit } && withArticle && pluralUnit is not "WE")
        {
            found = CountedSpan(first, j + 1, pluralUnit, -1, shift);
            return true;
        }

        if (word is { Weekday: > 0 } && !withArticle)
        {
            if (_anchor is not { } anchor)
            {
                found = new TimexCandidate(first, j + 1, TimexType.Date, "XXXX-XX-XX");
                return true;
            }

            var day = shift switch
            {
                < 0 => TimexCalendar.Weekday(anchor.AddDays(-1), word.Weekday, -1),
                > 0 => TimexCalendar.Weekday(anchor.AddDays(1), word.Weekday, 1),
                _ => TimexCalendar.Weekday(anchor, word.Weekday, TenseAround(first, j + 1) == Tense.Future ? 1 : -1),
            };
            found = new TimexCandidate(first, j + 1, TimexType.Date, TimexCalendar.Day(day));
            if (Word(j + 1) is { PartOfDay: { } weekdayPart })
            {
                found = new TimexCandidate(first, j + 2, TimexType.Time, $"{TimexCalendar.Day(day)}T{weekdayPart}");
            }

            return true;
        }

        if (word is { Month: > 0 } && IsCapitalised(j) && !withArticle)
        {
            found = new TimexCandidate(first, j + 1, TimexType.Date, MonthWithoutYear(word.Month, j, j + 1));
            return true;
        }

        if (word is { Season: { } season } && !withArticle)
        {
            var year = _anchor?.Year;
            if (_anchor is { } anchor && shift != 0)
            {
                var seasonStart = SeasonStartMonth(season);
                year = shift < 0 ? (seasonStart + 2 < anchor.Month ? anchor.Year : anchor.Year - 1) : (seasonStart > anchor.Month ? anchor.Year : anchor.Year + 1);
            }

            found = Season(first, j + 1, season, year);
            return true;
        }

        if (word is { PartOfDay: { } part } && !withArticle)
        {
            var day = Is(j - 1, "last") && part == "NI" ? Day(_anchor, -1) : shift == 0 ? _anchor : Day(_anchor, shift);
            found = new TimexCandidate(first, j + 1, TimexType.Time, $"{TimexCalendar.Day(day)}T{part}");
            return true;
        }

        return false;
    }

    /// <summary>A duration counted from the anchor: "the past 48 hours" = PT48H from two days back to today.</summary>
    private TimexCandidate CountedSpan(int first, int end, string unit, int count, int shift)
    {
        var value = TimexCalendar.Duration(unit, count);
        if (_anchor is not { } anchor || count < 0 || shift == 0)
        {
            return new TimexCandidate(first, end, TimexType.Duration, value);
        }

        var other = unit switch
        {
            "H" => anchor.AddDays(shift * (int)Math.Ceiling(count / 24.0)),
            "MIN" or "S" => anchor,
            _ => TimexCalendar.Shift(anchor, unit, shift * count),
        };
        return shift < 0
            ? new TimexCandidate(first, end, TimexType.Duration, value, null, TimexCalendar.Day(other), TimexCalendar.Day(anchor))
            : new TimexCandidate(first, end, TimexType.Duration, value, null, TimexCalendar.Day(anchor), TimexCalendar.Day(other));
    }

    // "three weeks", "48 hours", "two-year", "a week", "three weeks ago", "two days later", "a year earlier"
    private bool TryQuantity(int first, int afterCount, int count, out TimexCandidate found)
    {
        found = default;

        // "two-year", "48-hour", "three-day"
        var span = Span(first);
        var hyphen = span.IndexOf('-');
        if (afterCount == first + 1 && hyphen > 0 && _tokens[first].Kind is TokenKind.Word or TokenKind.Number)
        {
            if (HyphenatedQuantity(span, out var hyphenUnit, out var hyphenCount))
            {
                found = new TimexCandidate(first, first + 1, TimexType.Duration, TimexCalendar.Duration(hyphenUnit, hyphenCount));
                return true;
            }
        }

        if (Word(first) is { Number: 0 } && _tokens[first].Kind != TokenKind.Number)
        {
            return false;
        }

        // "two day" only as a modifier ("a two day meeting"), where English drops the plural.
        if (UnitAt(afterCount, out var plural) is not { } unit || (count > 1 && !plural && !IsNounAfter(afterCount + 1)) || unit == "WE")
        {
            // "48-hour" written as "48" "-" "hour" is not handled; neither is a count without a unit.
            if (_tokens[first].Kind == TokenKind.Number && hyphen > 0 && HyphenatedQuantity(span, out var numericUnit, out var numericCount))
            {
                found = new TimexCandidate(first, first + 1, TimexType.Duration, TimexCalendar.Duration(numericUnit, numericCount));
                return true;
            }

            return false;
        }

        // "a second" is an ordinal; "a day" after "twice" is a set rate.
        if (unit == "S" && count == 1 && (Is(first, "a") || Is(first, "an")))
        {
            return false;
        }

        var end = afterCount + 1;
        if (Is(first - 1, "times") || Is(first - 1, "twice") || Is(first - 1, "once"))
        {
            found = new TimexCandidate(first, end, TimexType.Set, TimexCalendar.Duration(unit, count));
            return true;
        }

        if (Is(end, "ago") || Is(end, "earlier") || Is(end, "later") || Is(end, "before") && !InSentence(end + 1) || Is(end, "from") && Is(end + 1, "now"))
        {
            var direction = Is(end, "ago") || Is(end, "earlier") || Is(end, "before") ? -1 : 1;
            var fromNow = Is(end, "from");
            var anchor = Is(end, "ago") || fromNow ? _anchor : ReferenceDay;
            var stop = fromNow ? end + 2 : end + 1;
            if (count < 0)
            {
                // "a few hours later" stays on the day it counts from; "years ago" is only the past.
                var vague = unit is "H" or "MIN" or "S" ? TimexCalendar.Day(anchor)
                    : Is(end, "ago") ? "PAST_REF"
                    : direction < 0 ? "PAST_REF" : "FUTURE_REF";
                found = new TimexCandidate(first, stop, TimexType.Date, vague);
                return true;
            }

            string value;
            if (unit == "Y" && count == 1 && _latestQuarter is { } quarter && direction < 0)
            {
                value = $"{int.Parse(quarter.AsSpan(0, 4), CultureInfo.InvariantCulture) - 1:0000}{quarter[4..]}";
            }
            else if (unit is "H" or "MIN" or "S")
            {
                value = TimexCalendar.Day(anchor);
            }
            else
            {
                value = TimexCalendar.Period(TimexCalendar.Shift(anchor, unit, direction * count), unit);
            }

            found = new TimexCandidate(first, stop, TimexType.Date, value);
            return true;
        }

        // An age ("52 years old") or a rate ("$5 a day") is not a time expression in TimeML.
        if (Is(end, "old") || (count == 1 && IsRateAfter(first - 1)))
        {
            return false;
        }

        found = new TimexCandidate(first, end, TimexType.Duration, TimexCalendar.Duration(unit, count));
        return true;
    }

    /// <summary>
    /// "year-earlier", "year-ago", "the year-earlier quarter", "the year-ago period": in earnings news,
    /// the latest quarter mentioned a year back, else last year.
    /// </summary>
    private bool TryYearEarlier(int i, out TimexCandidate found)
    {
        found = default;
        if (!(Is(i, "year-earlier") || Is(i, "year-ago")))
        {
            return false;
        }

        var end = i + 1;
        var k = Word(end) is { Ordinal: > 0 } ? end + 1 : end;
        if (Is(k, "quarter") || Is(k, "period"))
        {
            end = k + 1;
        }

        var value = _latestQuarter is { } quarter
            ? $"{int.Parse(quarter.AsSpan(0, 4), CultureInfo.InvariantCulture) - 1:0000}{quarter[4..]}"
            : TimexCalendar.Year(TimexCalendar.Shift(_anchor, "Y", -1));
        found = new TimexCandidate(i, end, TimexType.Date, value);
        return true;
    }

    private bool IsNounAfter(int i) =>
        InSentence(i) && _tokens[i].Kind == TokenKind.Word && char.IsLower(Span(i)[0]) && _lexicon.Find(Span(i)) is null
        && _lexicon.TenseCue(Span(i)) == Tense.Unknown && !Span(i).EndsWith("ed", StringComparison.Ordinal);

    /// <summary>"$5 a day", "four flights a week", "24 hours a day": a count before "a UNIT" makes it a rate.</summary>
    private bool IsRateAfter(int previous)
    {
        if (!InSentence(previous))
        {
            return false;
        }

        if (_tokens[previous].Kind == TokenKind.Number)
        {
            return true;
        }

        var span = Span(previous);
        return _tokens[previous].Kind == TokenKind.Word && span.Length > 3 && char.IsLower(span[0]) && span[^1] == 's' && span[^2] != 's';
    }

    private bool HyphenatedQuantity(ReadOnlySpan<char> span, out string unit, out int count)
    {
        unit = "";
        count = 0;
        var hyphen = span.LastIndexOf('-');
        if (hyphen <= 0 || _lexicon.Find(span[(hyphen + 1)..]) is not { Unit: { } found } || found is "WE" || span.EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var amount = span[..hyphen];
        if (int.TryParse(amount, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count is > 0 and <= MaxCount)
        {
            unit = found;
            return true;
        }

        var innerHyphen = amount.IndexOf('-');
        if (innerHyphen > 0 && _lexicon.Find(amount[..innerHyphen]) is { Number: >= 20 } tens && _lexicon.Find(amount[(innerHyphen + 1)..]) is { Number: > 0 and < 10 } ones)
        {
            count = tens.Number + ones.Number;
            unit = found;
            return true;
        }

        if (_lexicon.Find(amount) is { Number: > 0 } word && !amount.Equals("a", StringComparison.OrdinalIgnoreCase) && !amount.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            count = word.Number;
            unit = found;
            return true;
        }

        return false;
    }

    // "third-quarter", "third quarter", "first-half", "Q3" handled elsewhere; returns the quarter of the anchor's year.
    private bool TryQuarterWord(int j, int first, out TimexCandidate found)
    {
        found = default;
        if (!InSentence(j))
        {
            return false;
        }

        var span = Span(j);
        var hyphen = span.IndexOf('-');
        int ordinal;
        string kind;
        int end;
        if (hyphen > 0)
        {
            if (_lexicon.Find(span[..hyphen]) is not { Ordinal: > 0 } word)
            {
                return false;
            }

            var tail = span[(hyphen + 1)..];
            kind = tail.Equals("quarter", StringComparison.OrdinalIgnoreCase) ? "Q" : tail.Equals("half", StringComparison.OrdinalIgnoreCase) ? "H" : "";
            ordinal = word.Ordinal;
            end = j + 1;
        }
        else if (Word(j) is { Ordinal: > 0 } word)
        {
            ordinal = word.Ordinal;
            var k = Is(j + 1, "fiscal") ? j + 2 : j + 1;
            kind = Is(k, "quarter") ? "Q" : Is(k, "half") ? "H" : "";
            end = k + 1;
        }
        else
        {
            return false;
        }

        if (kind.Length == 0 || (kind == "Q" && ordinal > 4) || (kind == "H" && ordinal > 2))
        {
            return false;
        }

        var year = TimexCalendar.Year(_anchor);
        var ofYear = Is(end, "of") ? YearNumber(end + 1) : -1;
        if (ofYear > 0)
        {
            year = TimexCalendar.Year(ofYear);
            end += 2;
        }
        else if (Is(end, "of") && Word(end + 1) is { Shift: { } yearShift } && Is(end + 2, "year"))
        {
            // "the first quarter of last year"
            year = TimexCalendar.Year(TimexCalendar.Shift(_anchor, "Y", yearShift));
            end += 3;
        }
        else if (YearNumber(end) is > 0 and var directYear)
        {
            year = TimexCalendar.Year(directYear);
            end++;
        }

        else if (_anchor is { } anchor && kind == "Q" && ordinal > (anchor.Month + 2) / 3 && TenseAround(first, end) != Tense.Future)
        {
            // "the fourth quarter" in a report from the spring is last year's, unless announced.
            year = TimexCalendar.Year(anchor.Year - 1);
        }

        found = new TimexCandidate(first, end, TimexType.Date, $"{year}-{kind}{ordinal}");
        return true;
    }

    private TimexCandidate Season(int first, int end, string season, int? year)
    {
        if (Is(end, "of") && YearNumber(end + 1) is > 0 and var ofYear)
        {
            return new TimexCandidate(first, end + 2, TimexType.Date, $"{TimexCalendar.Year(ofYear)}-{season}");
        }

        if (YearNumber(end) is > 0 and var directYear)
        {
            return new TimexCandidate(first, end + 1, TimexType.Date, $"{TimexCalendar.Year(directYear)}-{season}");
        }

        return new TimexCandidate(first, end, TimexType.Date, year is { } y ? $"{TimexCalendar.Year(y)}-{season}" : $"XXXX-{season}");
    }

    private static int SeasonStartMonth(string season) => season switch
    {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };

    // "every Tuesday", "every day", "each year", "every other week"
    private bool TrySet(int i, out TimexCandidate found)
    {
        found = default;
        var j = Is(i + 1, "other") ? i + 2 : i + 1;
        var step = j == i + 2 ? 2 : 1;
        if (Word(j) is { Weekday: > 0 } weekday)
        {
            found = new TimexCandidate(i, j + 1, TimexType.Set, $"XXXX-WXX-{weekday.Weekday}");
            return true;
        }

        if (Word(j) is { PartOfDay: { } part })
        {
            found = new TimexCandidate(i, j + 1, TimexType.Set, $"XXXX-XX-XXT{part}");
            return true;
        }

        if (Word(j) is { Unit: { } unit } && unit is not "WE")
        {
            found = new TimexCandidate(i, j + 1, TimexType.Set, TimexCalendar.Duration(unit, step));
            return true;
        }

        if (Count(j, out var count) is > 0 and var afterCount && UnitAt(afterCount, out _) is { } countedUnit)
        {
            found = new TimexCandidate(i, afterCount + 1, TimexType.Set, TimexCalendar.Duration(countedUnit, count));
            return true;
        }

        return false;
    }

    // "now", "recently", "currently", "recent years", "in recent weeks"
    private bool TryReference(int i, string reference, out TimexCandidate found)
    {
        found = default;
        if (Is(i, "recent") || Is(i, "current") || Is(i, "past") || Is(i, "future"))
        {
            if (Is(i, "recent") && Word(i + 1) is { Unit: { } unit } && Span(i + 1).EndsWith("s", StringComparison.OrdinalIgnoreCase) && unit is not "WE")
            {
                found = new TimexCandidate(i, i + 2, TimexType.Date, "PAST_REF");
                return true;
            }

            if (Is(i, "current") && !InSentence(i + 1))
            {
                return false;
            }

            if (Is(i, "current") && Word(i + 1) is { Unit: { } currentUnit } && currentUnit is "Y" or "M" or "W" or "Q")
            {
                found = new TimexCandidate(i, i + 2, TimexType.Date, TimexCalendar.Period(_anchor, currentUnit));
                return true;
            }

            if (Is(i, "past") || Is(i, "future"))
            {
                return false;
            }

            // Bare "recent" and "current" modify other nouns ("the current here is strong"); TimeBank
            // sometimes tags them, but as often they are not about time at all.
            return false;
        }

        if (Is(i, "now") && Is(i - 1, "from"))
        {
            return false;
        }

        found = new TimexCandidate(i, i + 1, TimexType.Date, reference);
        return true;
    }
}

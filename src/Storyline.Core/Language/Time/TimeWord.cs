namespace Storyline.Core.Language.Time;

/// <summary>
/// Every time-related sense one word has in Resources/time-words.tsv ("second" is an ordinal and a
/// unit; "may" a month; "last" a shift and an ordinal). Unused senses are zero or null.
/// </summary>
public sealed record TimeWord
{
    public int Month { get; init; }

    /// <summary>ISO weekday, 1 = Monday.</summary>
    public int Weekday { get; init; }

    /// <summary>A cardinal ("three" = 3); -1 for a vague amount ("several", "few").</summary>
    public int Number { get; init; }

    /// <summary>An ordinal ("third" = 3); -1 for "last".</summary>
    public int Ordinal { get; init; }

    /// <summary>A TIMEX3 unit code: Y M W D H MIN S Q DE CE WE, or 2W for a fortnight.</summary>
    public string? Unit { get; init; }

    public string? Season { get; init; }

    public string? PartOfDay { get; init; }

    /// <summary>Days from the anchor for "today" (0), "yesterday" (-1), "tomorrow" (1).</summary>
    public int? Deictic { get; init; }

    /// <summary>A value that stands alone: PRESENT_REF, PAST_REF, FUTURE_REF.</summary>
    public string? Reference { get; init; }

    /// <summary>The period of a set word ("daily" = P1D).</summary>
    public string? Set { get; init; }

    /// <summary>-1 for "last", 0 for "this", 1 for "next".</summary>
    public int? Shift { get; init; }

    /// <summary>START, MID or END for "early", "mid", "late".</summary>
    public string? Position { get; init; }

    /// <summary>APPROX, LESS_THAN... for "about", "nearly".</summary>
    public string? Approximation { get; init; }

    public bool IsDeterminer { get; init; }

    /// <summary>A word that only starts a pattern of its own ("every", "noon", "fiscal", "more than").</summary>
    public bool IsKeyword { get; init; }

    /// <summary>The first word of a holiday's name ("Christmas", "New").</summary>
    public bool StartsHoliday { get; init; }
}

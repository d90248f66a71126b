namespace Storyline.Core.Model;

/// <summary>
/// When a claim holds: a count as of a day (<see cref="Start"/> null, <see cref="End"/> the day), or a
/// count over a span ("since 3 March": 3 March to the as-of day; "in the past 24 hours").
/// </summary>
/// <param name="Stated">True when the sentence says when; false when the day is the publication date.</param>
/// <param name="Window">True for a count over a recent window ("in the past 24 hours"): an increment, not a running total.</param>
public sealed record ClaimTime(DateOnly? Start, DateOnly? End, bool Stated, bool Window = false)
{
    /// <summary>The day the claim stands at: the span's end, else its start.</summary>
    public DateOnly? AsOf => End ?? Start;
}

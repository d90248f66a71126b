namespace Storyline.Core.Model;

/// <summary>
/// A time expression normalised TIMEX3-style against the article's publication date:
/// "on Tuesday" in a report published 2026-03-12 is DATE 2026-03-10; "three weeks" is DURATION P3W.
/// </summary>
/// <param name="Text">The expression as it appears in the text.</param>
/// <param name="Value">The TIMEX3 value ("2026-03-10", "2026-03", "P3W", "PRESENT_REF", "XXXX-WXX-2"...).</param>
/// <param name="Modifier">The TIMEX3 mod ("START", "END", "LATE", "APPROX", "MORE_THAN"...), else null.</param>
/// <param name="Begin">For a span ("since 3 March", "in the past 48 hours"): the value where it starts, else null.</param>
/// <param name="End">For a span: the value where it ends (often the publication date), else null.</param>
public sealed record TimeExpression(
    TextRange Range,
    string Text,
    TimexType Type,
    string Value,
    string? Modifier = null,
    string? Begin = null,
    string? End = null) : Annotation(Range);

/// <summary>The four TIMEX3 types.</summary>
public enum TimexType
{
    Date,
    Time,
    Duration,
    Set,
}

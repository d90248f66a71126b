namespace Storyline.Core.Model;

/// <summary>
/// A figure stated in the text, read as an interval: "more than 5,000" is (5000, +inf), "about
/// 2,500" is [2250, 2750], "between 50 and 90" is [50, 90]. What the figure counts, where, when
/// and who said it are added by later stages.
/// </summary>
/// <param name="Text">The figure as written, bound words included ("at least 1,200").</param>
/// <param name="Value">The point value: the stated number, or the conservative reading of a vague one.</param>
/// <param name="Low">Lower end of the interval; 0 when the text gives only an upper bound.</param>
/// <param name="High">Upper end; <see cref="double.PositiveInfinity"/> when the text gives only a lower bound.</param>
/// <param name="Tolerance">How far a rounded figure may be from the true count: half the rounding step for
/// an exact round figure (1,200 → 50), the approximation margin otherwise; 0 for figures that look exact.</param>
/// <param name="Unit">The normalised unit ("percentage", "dollar", "kilometre") or counted noun ("person", "home"); null when none.</param>
/// <param name="Change">Whether the figure states a rise or a fall ("rose 5%") rather than a level.</param>
/// <param name="Approximate">For a range, whether its ends are themselves hedged ("about 14-18 mpg"); the
/// interval keeps the stated ends and <paramref name="Tolerance"/> holds the approximation margin.</param>
/// <param name="Descending">For a range, whether the text gives its high end first ("from 208 pounds to 193");
/// <paramref name="Low"/> and <paramref name="High"/> are ordered all the same.</param>
public sealed record Figure(
    TextRange Range,
    string Text,
    double Value,
    double Low,
    double High,
    bool LowOpen,
    bool HighOpen,
    FigureBound Bound,
    double Tolerance,
    string? Unit,
    FigureChange Change = FigureChange.None,
    bool Approximate = false,
    bool Descending = false) : Annotation(Range);

/// <summary>How the text bounds a figure.</summary>
public enum FigureBound
{
    Exact,
    Approximately,
    AtLeast,
    MoreThan,
    AtMost,
    FewerThan,
    UpTo,
    Range,
    Vague,
}

/// <summary>Whether a figure is a level or a change.</summary>
public enum FigureChange
{
    None,
    Increase,
    Decrease,
}

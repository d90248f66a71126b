namespace Storyline.Core.Extraction.PlainText;

/// <summary>What the words before a date say it is.</summary>
public enum DateLabel
{
    Unlabelled,
    Published,
    Updated,
}

/// <summary>A date (and time, when given) found in a line, with where it sits in the line.</summary>
/// <param name="HasZone">False when the line gave no zone or offset: the value is then read as UTC.</param>
public sealed record DatelineMatch(DateTimeOffset Value, DateLabel Label, bool HasTime, bool HasZone, int Start, int End);

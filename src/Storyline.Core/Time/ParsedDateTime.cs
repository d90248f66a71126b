namespace Storyline.Core.Time;

/// <summary>A date read from text, with what the text actually said about it.</summary>
/// <param name="Value">The instant; when the text gave no offset this is the wall time with offset +00:00.</param>
/// <param name="HasOffset">The text stated an offset or zone, so <paramref name="Value"/> is a true instant.</param>
/// <param name="HasTime">The text stated a time of day, not only a date.</param>
public sealed record ParsedDateTime(DateTimeOffset Value, bool HasOffset, bool HasTime);

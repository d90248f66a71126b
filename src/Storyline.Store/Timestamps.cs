using System.Globalization;

namespace Storyline.Store;

/// <summary>
/// How times are written to the store: the page's own offset is kept for display and provenance,
/// and a fixed-width UTC twin makes ordering and range filters plain text comparisons.
/// </summary>
internal static class Timestamps
{
    private const string WithOffsetFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";
    private const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string? WithOffset(DateTimeOffset? value) =>
        value?.ToString(WithOffsetFormat, CultureInfo.InvariantCulture);

    public static string Utc(DateTimeOffset value) =>
        value.UtcDateTime.ToString(UtcFormat, CultureInfo.InvariantCulture);

    public static string? Utc(DateTimeOffset? value) => value is { } v ? Utc(v) : null;

    public static DateTimeOffset? Parse(string? text) =>
        text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}

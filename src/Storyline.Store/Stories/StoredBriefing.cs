using System.Globalization;

namespace Storyline.Store.Stories;

/// <summary>
/// A story's stored briefing JSON (UTF-8, exactly the bytes <c>brief --format json</c> prints for it)
/// and a version that changes whenever those bytes are rewritten: the story's row, the instant of
/// the write (every briefing write sets <c>updated_at</c>, to the tick) and the length, so a reader
/// can tag a response without hashing the whole briefing.
/// </summary>
public sealed record StoredBriefing(byte[] Utf8, string Version)
{
    public static string VersionOf(long seq, string updatedAt, int length) =>
        string.Create(CultureInfo.InvariantCulture, $"s{seq}-{new string([.. updatedAt.Where(char.IsAsciiDigit)])}-{length}");
}

using System.Collections.Frozen;
using System.Globalization;

namespace Storyline.Core.Time;

/// <summary>
/// Offsets of the zone abbreviations used in datelines and feeds ("EST", "GMT", "CEST"). The
/// table lives in Resources/timezone-abbreviations.tsv so it can be extended without code.
/// Feed libraries get these wrong (they treat unknown abbreviations as UTC), hence our own table.
/// </summary>
public sealed class TimeZoneAbbreviations
{
    private readonly FrozenDictionary<string, TimeSpan> _offsets;

    private TimeZoneAbbreviations(FrozenDictionary<string, TimeSpan> offsets) => _offsets = offsets;

    /// <summary>The table shipped with Storyline.</summary>
    public static TimeZoneAbbreviations Default { get; } = Load();

    public bool TryGetOffset(string abbreviation, out TimeSpan offset) =>
        _offsets.TryGetValue(abbreviation.Trim().TrimEnd('.'), out offset);

    public static TimeZoneAbbreviations Parse(TextReader reader)
    {
        var offsets = new Dictionary<string, TimeSpan>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            var sign = fields[1][0] == '-' ? -1 : 1;
            var offset = TimeSpan.ParseExact(fields[1][1..], @"hh\:mm", CultureInfo.InvariantCulture);
            offsets[fields[0]] = sign * offset;
        }

        return new TimeZoneAbbreviations(offsets.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    private static TimeZoneAbbreviations Load()
    {
        using var reader = EmbeddedResource.Open("timezone-abbreviations.tsv");
        return Parse(reader);
    }
}

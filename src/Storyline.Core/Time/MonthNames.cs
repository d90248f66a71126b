using System.Collections.Frozen;

namespace Storyline.Core.Time;

/// <summary>Month names and abbreviations in the languages common in news, from Resources/month-names.tsv.</summary>
public sealed class MonthNames
{
    private readonly FrozenDictionary<string, int> _months;

    private MonthNames(FrozenDictionary<string, int> months) => _months = months;

    public static MonthNames Default { get; } = Load();

    /// <summary>All names, longest first, so a regex alternation prefers "September" over "Sep".</summary>
    public IEnumerable<string> Names => _months.Keys.OrderByDescending(name => name.Length);

    public bool TryGetMonth(string name, out int month) => _months.TryGetValue(name.Trim().TrimEnd('.'), out month);

    public static MonthNames Parse(TextReader reader)
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            months[fields[0]] = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        }

        return new MonthNames(months.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    private static MonthNames Load()
    {
        using var reader = EmbeddedResource.Open("month-names.tsv");
        return Parse(reader);
    }
}

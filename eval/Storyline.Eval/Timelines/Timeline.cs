using System.Globalization;

namespace Storyline.Eval.Timelines;

/// <summary>A dated timeline: for each day, the sentences that summarise it.</summary>
public sealed record Timeline(string Name, IReadOnlyDictionary<DateOnly, IReadOnlyList<string>> Entries)
{
    public IEnumerable<DateOnly> Dates => Entries.Keys.Order();

    /// <summary>
    /// The tilse text format: a <c>YYYY-MM-DD</c> line, then one sentence per line, entries
    /// separated by a line of dashes. Entries of a repeated date are merged.
    /// </summary>
    public static Timeline Parse(string name, string text)
    {
        var entries = new SortedDictionary<DateOnly, List<string>>();
        List<string>? current = null;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Length >= 8 && line.All(c => c == '-'))
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                if (!DateOnly.TryParseExact(line, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    throw new InvalidDataException($"{name}:{lineNumber}: expected a YYYY-MM-DD date line, found '{Shorten(line)}'");
                }

                if (!entries.TryGetValue(date, out current))
                {
                    current = [];
                    entries[date] = current;
                }

                continue;
            }

            current.Add(line);
        }

        return new Timeline(name, entries.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value));
    }

    public static Timeline Read(string path) => Parse(path, File.ReadAllText(path));

    private static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "...";
}

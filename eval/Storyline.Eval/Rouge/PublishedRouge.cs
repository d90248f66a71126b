using System.Globalization;

namespace Storyline.Eval.Rouge;

/// <summary>One row of a published ROUGE average file: system, metric, recall, precision, F.</summary>
public sealed record PublishedRougeRow(string System, string Metric, double Recall, double Precision, double F);

/// <summary>
/// Reads published ROUGE averages in the MultiLing 2011 CSV form (<c>runid,recall,precision,f-score</c>
/// with run ids like <c>ID3_ROUGE-2</c>) from every <c>*ROUGE*.csv</c> under a folder.
/// </summary>
public static class PublishedRouge
{
    public static IReadOnlyList<PublishedRougeRow> Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var rows = new List<PublishedRougeRow>();
        foreach (var file in Directory.EnumerateFiles(folder, "*ROUGE*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Skip(1))
            {
                var fields = line.Split(',');
                if (fields.Length < 4)
                {
                    continue;
                }

                var separator = fields[0].IndexOf("_ROUGE-", StringComparison.Ordinal);
                if (separator < 0
                    || !double.TryParse(fields[1], CultureInfo.InvariantCulture, out var recall)
                    || !double.TryParse(fields[2], CultureInfo.InvariantCulture, out var precision)
                    || !double.TryParse(fields[3], CultureInfo.InvariantCulture, out var f))
                {
                    throw new InvalidDataException($"{file}: cannot read the row '{line}'");
                }

                rows.Add(new PublishedRougeRow(fields[0][..separator], fields[0][(separator + 1)..], recall, precision, f));
            }
        }

        return rows;
    }
}

namespace Storyline.Cli.Output;

/// <summary>Aligned plain-text columns with a header row; the last column is not padded, so lines carry no trailing spaces.</summary>
public static class PlainTable
{
    public static string Format(string[] headers, IEnumerable<string[]> rowSource, string indent = "")
    {
        var rows = rowSource.ToList();
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        return string.Join(Environment.NewLine, rows.Prepend(headers).Select(cells =>
            indent + string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i])))));
    }
}

using Spectre.Console;

namespace Storyline.Cli.Output;

/// <summary>
/// A titled table of a command's readable output: "title: N", then the rows as a Spectre table on a
/// terminal, or as aligned plain columns when the output is piped.
/// </summary>
public static class TableSection
{
    public static void Write(CliStreams streams, string title, string[] headers, IEnumerable<string[]> rowSource, string indent = "")
    {
        var rows = rowSource.ToList();
        streams.Out.WriteLine();
        streams.Out.WriteLine($"{title}: {rows.Count}");
        if (rows.Count == 0)
        {
            return;
        }

        if (streams.OutIsTerminal)
        {
            var table = new Table().Border(TableBorder.Simple);
            foreach (var header in headers)
            {
                table.AddColumn(header);
            }

            foreach (var row in rows)
            {
                table.AddRow(row.Select(Markup.Escape).ToArray());
            }

            streams.OutConsole().Write(table);
            return;
        }

        streams.Out.WriteLine(PlainTable.Format(headers, rows, indent));
    }
}

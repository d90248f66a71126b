using System.Globalization;
using Spectre.Console;
using Storyline.Store;

namespace Storyline.Cli.Output;

/// <summary>The <c>articles list</c> table: id, version, published, outlet, title. Spectre table on a terminal, aligned plain columns otherwise.</summary>
public static class ArticleTable
{
    private static readonly string[] Headers = ["id", "version", "published", "outlet", "title"];

    public static void Write(CliStreams streams, IReadOnlyList<StoredArticle> articles, int total, int offset)
    {
        var rows = articles.Select(Row).ToList();
        if (streams.OutIsTerminal)
        {
            var table = new Table().Border(TableBorder.Simple);
            foreach (var header in Headers)
            {
                table.AddColumn(header);
            }

            foreach (var row in rows)
            {
                table.AddRow(row.Select(Markup.Escape).ToArray());
            }

            streams.OutConsole().Write(table);
        }
        else
        {
            WritePlain(streams.Out, rows);
        }

        streams.Out.WriteLine(rows.Count == 0
            ? $"no articles (of {total})"
            : $"{offset + 1}-{offset + rows.Count} of {total} articles");
    }

    private static string[] Row(StoredArticle article)
    {
        var m = article.Document.Metadata;
        return
        [
            article.Id.ToString(CultureInfo.InvariantCulture),
            article.Version.ToString(CultureInfo.InvariantCulture),
            m.Published?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) ?? "-",
            m.Outlet ?? "-",
            OneLine(m.Title) ?? "(untitled)",
        ];
    }

    private static void WritePlain(TextWriter writer, IReadOnlyList<string[]> rows)
    {
        var widths = Headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        writer.WriteLine(Line(Headers, widths));
        foreach (var row in rows)
        {
            writer.WriteLine(Line(row, widths));
        }
    }

    // The last column is not padded so lines carry no trailing spaces.
    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i])));

    private static string? OneLine(string? text) =>
        text is null ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

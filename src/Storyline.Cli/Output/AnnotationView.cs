using System.Globalization;
using Spectre.Console;
using Storyline.Core.Model;
using Storyline.Core.Serialization;

namespace Storyline.Cli.Output;

/// <summary>
/// The readable form of an annotated article for <c>annotate</c>: numbered sentences with offsets,
/// entities with their canonical names, and places and time expressions when those layers are
/// present. Spectre tables on a terminal, aligned plain columns otherwise.
/// </summary>
public static class AnnotationView
{
    public static void Write(CliStreams streams, Document document, string origin)
    {
        var m = document.Metadata;
        var annotation = AnnotationJson.From(document);
        var writer = streams.Out;
        writer.WriteLine($"# {OneLine(m.Title) ?? "(untitled)"}");
        writer.WriteLine(string.Join(" | ", new[] { origin, m.Outlet, m.Published?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) }
            .Where(f => !string.IsNullOrEmpty(f))));

        Section(streams, "sentences", ["#", "span", "text"], annotation.Sentences.Select((s, i) => new[]
        {
            Number(i + 1), Span(s.Start, s.End), OneLine(s.Text)!,
        }));
        Section(streams, "entities", ["span", "type", "text", "canonical name", "key"], annotation.Entities.Select(e => new[]
        {
            Span(e.Start, e.End), e.Type, OneLine(e.Text)!, e.CanonicalName ?? "-", e.CanonicalKey ?? "-",
        }));
        if (annotation.Places is { } places)
        {
            Section(streams, "places", ["span", "text", "place", "kind", "country", "region", "lat, lon", "geonames"], places.Select(p => new[]
            {
                Span(p.Start, p.End), OneLine(p.Text)!, p.Qualifier is null ? p.Name : $"{p.Name} ({p.Qualifier})", p.Kind,
                $"{p.Country} ({p.CountryCode})", p.Region ?? "-",
                string.Create(CultureInfo.InvariantCulture, $"{p.Lat:0.####}, {p.Lon:0.####}"), Number(p.GeoNamesId),
            }));
        }

        if (annotation.Times is { } times)
        {
            Section(streams, "times", ["span", "text", "type", "value", "mod", "from", "to"], times.Select(t => new[]
            {
                Span(t.Start, t.End), OneLine(t.Text)!, t.Type, t.Value, t.Mod ?? "-", t.SpanBegin ?? "-", t.SpanEnd ?? "-",
            }));
        }
    }

    private static void Section(CliStreams streams, string title, string[] headers, IEnumerable<string[]> rowSource)
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

        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        streams.Out.WriteLine(Line(headers, widths));
        foreach (var row in rows)
        {
            streams.Out.WriteLine(Line(row, widths));
        }
    }

    // The last column is not padded so lines carry no trailing spaces.
    private static string Line(string[] cells, int[] widths) =>
        "  " + string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i])));

    private static string Span(int start, int end) => string.Create(CultureInfo.InvariantCulture, $"{start}-{end}");

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? OneLine(string? text) =>
        text is null ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

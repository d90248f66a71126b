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

        TableSection.Write(streams, "sentences", ["#", "span", "text"], annotation.Sentences.Select((s, i) => new[]
        {
            Number(i + 1), Span(s.Start, s.End), OneLine(s.Text)!,
        }), indent: "  ");
        TableSection.Write(streams, "entities", ["span", "type", "text", "canonical name", "key"], annotation.Entities.Select(e => new[]
        {
            Span(e.Start, e.End), e.Type, OneLine(e.Text)!, e.CanonicalName ?? "-", e.CanonicalKey ?? "-",
        }), indent: "  ");
        if (annotation.Places is { } places)
        {
            TableSection.Write(streams, "places", ["span", "text", "place", "kind", "country", "region", "lat, lon", "geonames"], places.Select(p => new[]
            {
                Span(p.Start, p.End), OneLine(p.Text)!, p.Qualifier is null ? p.Name : $"{p.Name} ({p.Qualifier})", p.Kind,
                $"{p.Country} ({p.CountryCode})", p.Region ?? "-",
                string.Create(CultureInfo.InvariantCulture, $"{p.Lat:0.####}, {p.Lon:0.####}"), Number(p.GeoNamesId),
            }), indent: "  ");
        }

        if (annotation.Times is { } times)
        {
            TableSection.Write(streams, "times", ["span", "text", "type", "value", "mod", "from", "to"], times.Select(t => new[]
            {
                Span(t.Start, t.End), OneLine(t.Text)!, t.Type, t.Value, t.Mod ?? "-", t.SpanBegin ?? "-", t.SpanEnd ?? "-",
            }), indent: "  ");
        }
    }

    private static string Span(int start, int end) => string.Create(CultureInfo.InvariantCulture, $"{start}-{end}");

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? OneLine(string? text) =>
        text is null ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

using System.Globalization;
using System.Text;

namespace Storyline.Cli.Tests;

/// <summary>Writes small fictional news pages at test time (nothing is committed), one file per article.</summary>
internal static class CorpusWriter
{
    private static readonly string[] Outlets = ["Tidewater Post", "Valley Courier", "Harbour Gazette"];

    /// <summary>Writes <paramref name="count"/> distinct pages and returns their paths in name order.</summary>
    public static IReadOnlyList<string> WritePages(string folder, int count, int paragraphs = 6, string edition = "")
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"story-{i:D4}.html"));
            File.WriteAllText(path, Page(i, paragraphs, edition));
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>
    /// Writes one fictional report published 2026-03-10 09:00 UTC at <paramref name="path"/>: the title as
    /// headline, then <paramref name="paragraphs"/> as the body. Title and body are put in as given
    /// (already HTML), so a test can write markup or encoded text on purpose.
    /// </summary>
    public static string WriteReport(string path, string outlet, string title, params string[] paragraphs)
    {
        File.WriteAllText(path, $"""
            <!doctype html>
            <html lang="en"><head><title>{title}</title>
            <meta property="og:site_name" content="{outlet}">
            <meta property="article:published_time" content="2026-03-10T09:00:00+00:00"></head>
            <body><article><h1>{title}</h1>{string.Concat(paragraphs.Select(p => $"<p>{p}</p>\n"))}</article></body></html>
            """);
        return path;
    }

    public static string Page(int i, int paragraphs = 6, string edition = "")
    {
        var outlet = Outlets[i % Outlets.Length];
        var body = new StringBuilder();
        for (var p = 0; p < paragraphs; p++)
        {
            body.Append(CultureInfo.InvariantCulture,
                $"<p>Paragraph {p} of report {i}{edition}: the council of Lanmere met on day {i % 28 + 1} to discuss the ferry timetable, "
                + $"and {outlet} heard from {p + 2} residents who asked for the evening sailing to return.</p>\n");
        }

        return string.Create(CultureInfo.InvariantCulture, $"""
            <!doctype html>
            <html lang="en">
            <head>
              <title>Report {i}: Lanmere council and the ferry timetable</title>
              <link rel="canonical" href="https://{outlet.Replace(' ', '-').ToLowerInvariant()}.test/2026/report-{i}">
              <meta property="og:site_name" content="{outlet}">
              <meta property="article:published_time" content="2026-04-{i % 28 + 1:D2}T08:{i % 60:D2}:00+02:00">
            </head>
            <body><article><h1>Report {i}: Lanmere council and the ferry timetable</h1>
            {body}</article></body>
            </html>
            """);
    }
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Storyline.Eval;
using Storyline.Eval.Metadata;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline eval metadata</c>: per-field accuracy of metadata extraction on the Readability test pages.</summary>
public static class EvalMetadataCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var json = CommonOptions.Json();
        var misses = new Option<bool>("--misses") { Description = "List every page where a field was wrong, with both values" };
        var command = new Command("metadata", "Score title, byline, published time and site name on the Readability test pages") { data, json, misses };
        command.SetAction(async (parse, cancellationToken) =>
        {
            IReadOnlyList<MetadataPage> pages;
            try
            {
                pages = MetadataDataset.Load(parse.GetValue(data)!);
            }
            catch (DatasetMissingException exception)
            {
                await Console.Error.WriteLineAsync($"storyline: metadata dataset missing: {exception.Message}");
                return ExitCodes.NotFound;
            }

            var report = await new MetadataEvaluation().RunAsync(pages, cancellationToken);
            if (parse.GetValue(misses))
            {
                WriteMisses(report);
            }

            WriteTable(report);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["title_accuracy"] = Math.Round(report.TitleAccuracy, 4),
                    ["title_exact_accuracy"] = Math.Round(report.TitleExactAccuracy, 4),
                    ["byline_accuracy"] = Math.Round(report.BylineAccuracy, 4),
                    ["published_accuracy"] = Math.Round(report.PublishedAccuracy, 4),
                    ["site_name_accuracy"] = Math.Round(report.SiteNameAccuracy, 4),
                    ["pages"] = report.Pages.Count,
                    ["pages_with_title"] = report.PagesWithTitle,
                    ["pages_with_byline"] = report.PagesWithByline,
                    ["pages_with_published"] = report.PagesWithPublished,
                    ["pages_with_site_name"] = report.PagesWithSiteName,
                    ["precision"] = Math.Round(report.BylinePrecision, 4),
                    ["recall"] = Math.Round(report.BylineRecall, 4),
                    ["f1"] = Math.Round(report.BylineF1, 4),
                    ["extraction_ms"] = Math.Round(report.ExtractionTime.TotalMilliseconds, 1),
                }));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTable(MetadataReport report)
    {
        // Written before the JSON object so that object stays the last line of stdout.
        var table = new Table().AddColumns("field", "right", "pages", "accuracy");
        AddRow(table, "title", report.Pages.Count(page => page.TitleRight == true), report.PagesWithTitle);
        AddRow(table, "title (exact)", report.Pages.Count(page => page.TitleExact == true), report.PagesWithTitle);
        AddRow(table, "byline", report.Pages.Count(page => page.Byline?.PageRight == true), report.PagesWithByline);
        AddRow(table, "published (day)", report.Pages.Count(page => page.PublishedRight == true), report.PagesWithPublished);
        AddRow(table, "site name", report.Pages.Count(page => page.SiteNameRight == true), report.PagesWithSiteName);
        AnsiConsole.Write(table);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"authors (author-level, pages with a reference byline): precision {report.BylinePrecision:P1}, recall {report.BylineRecall:P1}, F1 {report.BylineF1:P1}; pages {report.Pages.Count}; metadata extraction {report.ExtractionTime.TotalMilliseconds:F0} ms"));
    }

    private static void AddRow(Table table, string field, int right, int pages) =>
        table.AddRow(field, right.ToString(CultureInfo.InvariantCulture), pages.ToString(CultureInfo.InvariantCulture),
            pages == 0 ? "-" : ((double)right / pages).ToString("P1", CultureInfo.InvariantCulture));

    private static void WriteMisses(MetadataReport report)
    {
        foreach (var page in report.Pages)
        {
            var extracted = page.Extracted;
            if (page.TitleRight == false)
            {
                Console.WriteLine($"{page.Name}\ttitle\texpected «{page.Expected.Title}»\tgot «{extracted.Title}»");
            }

            if (page.Byline is { PageRight: false })
            {
                Console.WriteLine($"{page.Name}\tbyline\texpected «{page.Expected.Byline?.ReplaceLineEndings(" ")}»\tgot «{string.Join("; ", extracted.Authors)}»");
            }

            if (page.PublishedRight == false)
            {
                Console.WriteLine($"{page.Name}\tpublished\texpected «{page.Expected.PublishedTime}»\tgot «{extracted.Published:O}» ({extracted.PublishedSource})");
            }

            if (page.SiteNameRight == false)
            {
                Console.WriteLine($"{page.Name}\tsite\texpected «{page.Expected.SiteName}»\tgot «{extracted.Outlet}»");
            }
        }
    }
}

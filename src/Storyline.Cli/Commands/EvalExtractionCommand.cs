using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Storyline.Core.Serialization;
using Storyline.Eval;
using Storyline.Eval.Extraction;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>storyline eval extraction --data DIR [--json] [--system NAME]</c>: body extraction scored with
/// the scrapinghub benchmark's shingle metric. <c>--system reference:NAME</c> scores a shipped
/// reference output instead, which shows the scorer reproduces the published table.
/// </summary>
public static class EvalExtractionCommand
{
    private const string ReferencePrefix = "reference:";
    private const int WorstPagesShown = 10;

    public static Command Create()
    {
        var data = CommonOptions.Data();
        var json = CommonOptions.Json();
        var system = new Option<string>("--system")
        {
            Description = "What to score: 'storyline' (default) or 'reference:NAME' for a shipped reference output (e.g. reference:trafilatura)",
            DefaultValueFactory = _ => ExtractionBenchmark.StorylineSystem,
        };
        var output = new Option<string?>("--output")
        {
            Description = "Also write the predictions as JSON in the benchmark's own format ({\"id\": {\"articleBody\": ..., \"url\": ...}})",
        };
        var command = new Command("extraction", "Score body extraction on the scrapinghub article-extraction benchmark") { data, json, system, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var requested = parse.GetValue(system)!;
            if (requested != ExtractionBenchmark.StorylineSystem && !requested.StartsWith(ReferencePrefix, StringComparison.Ordinal))
            {
                await Console.Error.WriteLineAsync($"storyline: unknown --system '{requested}' (use 'storyline' or 'reference:NAME')");
                return ExitCodes.Usage;
            }

            try
            {
                var dataset = await ScrapinghubDataset.LoadAsync(parse.GetValue(data)!, cancellationToken);
                var report = requested == ExtractionBenchmark.StorylineSystem
                    ? await ExtractionBenchmark.RunStorylineAsync(dataset, cancellationToken)
                    : await ExtractionBenchmark.RunReferenceAsync(dataset, requested[ReferencePrefix.Length..], cancellationToken);
                Print(report);
                if (parse.GetValue(output) is { Length: > 0 } outputPath)
                {
                    await WritePredictionsAsync(report, outputPath, cancellationToken);
                }

                if (parse.GetValue(json))
                {
                    var score = report.Score;
                    Console.WriteLine(JsonSerializer.Serialize(
                        new { System = report.System, score.F1, score.Precision, score.Recall, score.Pages },
                        StorylineJson.Options));
                }

                return ExitCodes.Success;
            }
            catch (DatasetMissingException e)
            {
                await Console.Error.WriteLineAsync($"storyline: {e.Message}");
                return ExitCodes.NotFound;
            }
            catch (OperationCanceledException)
            {
                return ExitCodes.Cancelled;
            }
        });
        return command;
    }

    private static void Print(ExtractionReport report)
    {
        var score = report.Score;
        var totals = new Table().AddColumns("system", "pages", "precision", "recall", "F1");
        totals.AddRow(Markup.Escape(report.System), score.Pages.ToString(CultureInfo.InvariantCulture), Format(score.Precision), Format(score.Recall), Format(score.F1));
        AnsiConsole.Write(totals);
        if (report.ExtractionTime > TimeSpan.Zero)
        {
            var perSecond = report.Pages.Count / report.ExtractionTime.TotalSeconds;
            AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture, $"extraction: {report.ExtractionTime.TotalSeconds:0.00} s, {perSecond:0.0} pages/s"));
        }

        var worst = new Table().AddColumns("worst pages", "precision", "recall", "F1");
        foreach (var page in report.Pages.OrderBy(p => p.Match.F1).Take(WorstPagesShown))
        {
            worst.AddRow(Markup.Escape(page.Page.Url ?? page.Page.Id), Format(page.Match.Precision), Format(page.Match.Recall), Format(page.Match.F1));
        }

        AnsiConsole.Write(worst);
    }

    private static async Task WritePredictionsAsync(ExtractionReport report, string path, CancellationToken cancellationToken)
    {
        var predictions = report.Pages.ToDictionary(p => p.Page.Id, p => new { ArticleBody = p.Predicted, p.Page.Url });
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, predictions, new JsonSerializerOptions(StorylineJson.Indented) { PropertyNamingPolicy = JsonNamingPolicy.CamelCase }, cancellationToken);
    }

    private static string Format(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}

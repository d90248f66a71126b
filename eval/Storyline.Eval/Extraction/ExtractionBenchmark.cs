using System.Diagnostics;
using Storyline.Core.Extraction;

namespace Storyline.Eval.Extraction;

/// <summary>One page's outcome: the overlap with the gold body and what was predicted.</summary>
public sealed record PageResult(BenchmarkPage Page, ShingleMatch Match, string Predicted);

/// <summary>The benchmark's outcome: totals, every page, and the time spent extracting (not reading files).</summary>
public sealed record ExtractionReport(string System, ExtractionScore Score, IReadOnlyList<PageResult> Pages, TimeSpan ExtractionTime);

/// <summary>Scores Storyline's HTML extractor, or a shipped reference output, on the scrapinghub benchmark.</summary>
public static class ExtractionBenchmark
{
    public const string StorylineSystem = "storyline";

    /// <summary>Runs <see cref="HtmlArticleExtractor"/> on every page and scores <c>document.Text</c>.</summary>
    public static async Task<ExtractionReport> RunStorylineAsync(ScrapinghubDataset dataset, CancellationToken cancellationToken = default)
    {
        var extractor = new HtmlArticleExtractor();
        var results = new List<PageResult>(dataset.Pages.Count);
        var elapsed = TimeSpan.Zero;
        foreach (var page in dataset.Pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var html = await dataset.ReadHtmlAsync(page, cancellationToken);
            var started = Stopwatch.GetTimestamp();
            var predicted = extractor.Extract(SourceDocument.Html(html, page.Url)).Text;
            elapsed += Stopwatch.GetElapsedTime(started);
            results.Add(new PageResult(page, ShingleScorer.Match(page.GoldBody, predicted), predicted));
        }

        return new ExtractionReport(StorylineSystem, ExtractionScore.From(results.Select(r => r.Match).ToList()), results, elapsed);
    }

    /// <summary>Scores a reference system's shipped predictions; pages it lacks count as empty predictions.</summary>
    public static async Task<ExtractionReport> RunReferenceAsync(ScrapinghubDataset dataset, string system, CancellationToken cancellationToken = default)
    {
        var predictions = await dataset.ReadReferenceAsync(system, cancellationToken);
        var results = dataset.Pages
            .Select(page =>
            {
                var predicted = predictions.GetValueOrDefault(page.Id, string.Empty);
                return new PageResult(page, ShingleScorer.Match(page.GoldBody, predicted), predicted);
            })
            .ToList();
        return new ExtractionReport("reference:" + system, ExtractionScore.From(results.Select(r => r.Match).ToList()), results, TimeSpan.Zero);
    }
}

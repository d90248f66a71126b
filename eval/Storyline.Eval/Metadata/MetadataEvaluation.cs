using AngleSharp.Html.Parser;
using Storyline.Core.Extraction;
using Storyline.Core.Model;

namespace Storyline.Eval.Metadata;

/// <summary>One page's extracted metadata next to its reference, with the verdict per field (null: no reference).</summary>
public sealed record PageMetadataResult(
    string Name,
    ArticleMetadata Extracted,
    ExpectedMetadata Expected,
    bool? TitleRight,
    bool? TitleExact,
    bool? PublishedRight,
    bool? SiteNameRight,
    BylineScore? Byline);

/// <summary>Field accuracies over a dataset; each accuracy is over the pages whose reference gives that field.</summary>
/// <param name="Pages">Per-page results in dataset order.</param>
/// <param name="ExtractionTime">Time spent in metadata extraction alone (HTML parsing excluded).</param>
public sealed record MetadataReport(IReadOnlyList<PageMetadataResult> Pages, TimeSpan ExtractionTime)
{
    public int PagesWithTitle => Pages.Count(page => page.TitleRight is not null);

    public int PagesWithByline => Pages.Count(page => page.Byline is not null);

    public int PagesWithPublished => Pages.Count(page => page.PublishedRight is not null);

    public int PagesWithSiteName => Pages.Count(page => page.SiteNameRight is not null);

    public double TitleAccuracy => Ratio(Pages.Count(page => page.TitleRight == true), PagesWithTitle);

    /// <summary>Title accuracy under the strict rule (no allowance for site names the reference keeps).</summary>
    public double TitleExactAccuracy => Ratio(Pages.Count(page => page.TitleExact == true), PagesWithTitle);

    public double PublishedAccuracy => Ratio(Pages.Count(page => page.PublishedRight == true), PagesWithPublished);

    public double SiteNameAccuracy => Ratio(Pages.Count(page => page.SiteNameRight == true), PagesWithSiteName);

    public double BylineAccuracy => Ratio(Pages.Count(page => page.Byline?.PageRight == true), PagesWithByline);

    /// <summary>Author-level precision on pages whose reference has a byline.</summary>
    public double BylinePrecision => Ratio(Pages.Sum(page => page.Byline?.ExtractedRight ?? 0), Pages.Sum(page => page.Byline?.Extracted ?? 0));

    /// <summary>Author-level recall on pages whose reference has a byline.</summary>
    public double BylineRecall => Ratio(Pages.Sum(page => page.Byline?.ReferenceFound ?? 0), Pages.Sum(page => page.Byline?.Reference ?? 0));

    public double BylineF1 => BylinePrecision + BylineRecall == 0 ? 0 : 2 * BylinePrecision * BylineRecall / (BylinePrecision + BylineRecall);

    /// <summary>Pages without a reference byline where Storyline still named authors (the reference may simply have missed them).</summary>
    public int AuthorsWithoutReference => Pages.Count(page => page.Expected.Byline is null && page.Extracted.Authors.Length > 0);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}

/// <summary>Runs <see cref="MetadataExtractor"/> over a dataset and scores it with <see cref="MetadataComparison"/>.</summary>
public sealed class MetadataEvaluation(MetadataExtractor extractor)
{
    public MetadataEvaluation()
        : this(new MetadataExtractor())
    {
    }

    public async Task<MetadataReport> RunAsync(IReadOnlyList<MetadataPage> pages, CancellationToken cancellationToken)
    {
        var parser = new HtmlParser();
        var results = new List<PageMetadataResult>(pages.Count);
        var extractionTime = TimeSpan.Zero;
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var html = await File.ReadAllTextAsync(page.SourcePath, cancellationToken).ConfigureAwait(false);
            using var document = parser.ParseDocument(html);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var extracted = extractor.Extract(document, null);
            extractionTime += System.Diagnostics.Stopwatch.GetElapsedTime(started);
            results.Add(Score(page, extracted));
        }

        return new MetadataReport(results, extractionTime);
    }

    public static PageMetadataResult Score(MetadataPage page, ArticleMetadata extracted)
    {
        var expected = page.Expected;
        return new PageMetadataResult(
            page.Name,
            extracted,
            expected,
            expected.Title is null ? null : MetadataComparison.TitleMatches(extracted.Title, expected.Title),
            expected.Title is null ? null : MetadataComparison.TitleEquals(extracted.Title, expected.Title),
            expected.PublishedTime is null ? null : MetadataComparison.PublishedMatches(extracted.Published, expected.PublishedTime),
            expected.SiteName is null ? null : MetadataComparison.SiteNameMatches(extracted.Outlet, expected.SiteName),
            expected.Byline is null ? null : MetadataComparison.ScoreByline(extracted.Authors, expected.Byline));
    }
}

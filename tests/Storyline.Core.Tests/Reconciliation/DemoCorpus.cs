using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Storyline.Core.Extraction;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;
using Storyline.Core.Reconciliation;

namespace Storyline.Core.Tests.Reconciliation;

/// <summary>
/// The fictional demo corpus (samples/) with its labels (demo/labels/): each event's HTML pages
/// annotated by the standard pipeline and reconciled as one story, and each labelled figure found
/// among the claims. Wire copies are marked from the labels, as the clustering stage will mark them.
/// </summary>
public sealed class DemoCorpus
{
    private static readonly Lazy<DemoCorpus> Shared = new(Load);

    private DemoCorpus(IReadOnlyList<LabelledFigure> figures, IReadOnlyList<LabelledRelation> relations, IReadOnlyDictionary<string, DemoEvent> events)
    {
        Figures = figures;
        Relations = relations;
        Events = events;
    }

    public static DemoCorpus Instance => Shared.Value;

    public IReadOnlyList<LabelledFigure> Figures { get; }

    public IReadOnlyList<LabelledRelation> Relations { get; }

    public IReadOnlyDictionary<string, DemoEvent> Events { get; }

    /// <summary>The claim a labelled figure was read as: the claim inside the labelled span whose value is nearest the label's.</summary>
    public StoryClaim? ClaimOf(LabelledFigure label)
    {
        var demoEvent = Events[label.Event];
        var article = demoEvent.Articles.Single(a => a.Id == ArticleId(label.File));
        if (Locate(article.Document.Text, label.Span) is not { } span)
        {
            return null;
        }

        return demoEvent.Reconciliation.Claims
            .Where(c => c.ArticleId == article.Id && c.Figure.Range.Overlaps(span))
            .OrderBy(c => Math.Abs(c.Figure.Value - label.NumericValue))
            .FirstOrDefault();
    }

    /// <summary>The first labelled occurrence of a figure id, in an original article rather than a wire copy.</summary>
    public LabelledFigure Occurrence(string eventName, string id) =>
        Figures.Where(f => f.Event == eventName && f.Id == id).OrderBy(f => f.WireCopyOf is null ? 0 : 1).First();

    public static string ArticleId(string file) => Path.GetFileNameWithoutExtension(file);

    /// <summary>Where a labelled span is in the extracted text, matching any run of whitespace for a space.</summary>
    public static TextRange? Locate(string text, string span)
    {
        var pattern = string.Join(@"\s+", span.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        var match = Regex.Match(text, pattern, RegexOptions.CultureInvariant);
        return match.Success ? new TextRange(match.Index, match.Index + match.Length) : null;
    }

    private static DemoCorpus Load()
    {
        var root = RepositoryPaths.Root();
        var figures = File.ReadLines(Path.Combine(root, "demo", "labels", "figures.jsonl"))
            .Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<LabelledFigure>(l, LabelJson.Options)!).ToList();
        var relations = File.ReadLines(Path.Combine(root, "demo", "labels", "relations.jsonl"))
            .Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<LabelledRelation>(l, LabelJson.Options)!).ToList();
        var pipeline = StandardPipeline.Create();
        var extractor = new ArticleExtractor();
        var events = new ConcurrentDictionary<string, DemoEvent>(StringComparer.Ordinal);
        Parallel.ForEach(figures.Select(f => f.Event).Distinct(), name =>
        {
            var articles = new List<StoryArticle>();
            foreach (var file in figures.Where(f => f.Event == name).Select(f => f.File).Distinct())
            {
                var html = File.ReadAllText(Path.Combine(root, "samples", file));
                var document = pipeline.Run(extractor.Extract(SourceDocument.Html(html, "https://example/" + file)));
                var origin = figures.First(f => f.File == file).WireCopyOf;
                articles.Add(new StoryArticle(ArticleId(file), document, OriginArticleId: origin));
            }

            events[name] = new DemoEvent(name, articles, new Reconciler().Reconcile(articles));
        });
        return new DemoCorpus(figures, relations, events);
    }
}

/// <summary>One story of the demo corpus, annotated and reconciled.</summary>
public sealed record DemoEvent(string Name, IReadOnlyList<StoryArticle> Articles, StoryReconciliation Reconciliation);

/// <summary>A row of demo/labels/figures.jsonl.</summary>
public sealed record LabelledFigure(
    string Event, string File, string Outlet, string Id, string Span, string Value, string Bound, string Category, string Source, string Where, string? WireCopyOf)
{
    /// <summary>The label's value as a number: "1200", "24-99" (low end), "2/3", "60%", "1500000000 USD".</summary>
    public double NumericValue
    {
        get
        {
            var text = Value.Split(' ')[0].TrimEnd('%');
            if (text.Contains('/'))
            {
                var parts = text.Split('/');
                return double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) / double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            }

            return double.Parse(text.Split('-')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}

/// <summary>A row of demo/labels/relations.jsonl.</summary>
public sealed record LabelledRelation(string Event, string Figure, string Other, string Relation, string Why);

internal static class LabelJson
{
    public static JsonSerializerOptions Options { get; } = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}

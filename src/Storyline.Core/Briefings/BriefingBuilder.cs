using System.Collections.Immutable;
using Storyline.Core.Model;
using Storyline.Core.Reconciliation;
using Storyline.Core.Summaries;
using Storyline.Core.Timelines;

namespace Storyline.Core.Briefings;

/// <summary>
/// Assembles a story's briefing from its annotated articles: the summariser, the timeline builder,
/// the reconciler and the entity and place tallies each do their part; this class only joins them.
/// </summary>
public sealed class BriefingBuilder(
    ConceptSummarizer summarizer, TimelineBuilder timelines, Reconciler reconciler, BriefingOptions options)
{
    public BriefingBuilder()
        : this(new BriefingOptions())
    {
    }

    public BriefingBuilder(BriefingOptions options)
        : this(new ConceptSummarizer(), TimelineBuilder.Default, new Reconciler(), options)
    {
    }

    public Briefing Build(string storyId, IReadOnlyList<StoryArticle> story)
    {
        var articles = story
            .OrderBy(a => a.PublishedAt ?? DateTimeOffset.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        var reports = DistinctReports(articles);
        var summary = summarizer.Summarize(reports, new SummaryOptions { WordBudget = options.SummaryWords });
        var figures = reconciler.Reconcile(reports);
        return new Briefing(
            storyId,
            TitleOf(articles, summary),
            articles,
            [.. summary],
            timelines.Build(reports, options.TimelineEntries),
            figures,
            SourcesOf(articles, figures),
            StoryMentions.Entities(reports, options.Entities),
            StoryMentions.Places(reports, options.Places));
    }

    /// <summary>
    /// The articles less those that copy an article of their own outlet: one report read twice (its
    /// page and a scraped text of it) would otherwise state every figure and sentence twice. Copies
    /// across outlets stay: they are wire copies, which the reconciler counts as one source.
    /// </summary>
    private static ImmutableArray<StoryArticle> DistinctReports(ImmutableArray<StoryArticle> articles)
    {
        var outletOf = articles.ToDictionary(a => a.Id, a => a.OutletName, StringComparer.Ordinal);
        return
        [
            .. articles.Where(a => a.OriginArticleId is not { } origin || origin == a.Id
                || !outletOf.TryGetValue(origin, out var originOutlet) || !string.Equals(originOutlet, a.OutletName, StringComparison.OrdinalIgnoreCase)),
        ];
    }

    /// <summary>
    /// The headline of the article the summary opens with: the summariser put the sentence that
    /// covers most of the story first, so its article is the most central one. Failing that, the
    /// earliest article's headline.
    /// </summary>
    private static string TitleOf(ImmutableArray<StoryArticle> articles, IReadOnlyList<SummarySentence> summary)
    {
        var central = summary.Count > 0 ? articles.FirstOrDefault(a => a.Id == summary[0].ArticleId) : null;
        return (central ?? articles.FirstOrDefault())?.Document.Metadata.Title is { Length: > 0 } title
            ? title
            : "Untitled story";
    }

    private static ImmutableArray<StorySource> SourcesOf(ImmutableArray<StoryArticle> articles, StoryReconciliation figures)
    {
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        return
        [
            .. articles
                .GroupBy(a => a.OutletName ?? "Unknown outlet", StringComparer.Ordinal)
                .Select(outlet =>
                {
                    var ids = outlet.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
                    var cited = figures.Claims
                        .Where(c => ids.Contains(c.ArticleId) && c.Claim.Attribution is not null && c.Claim.SourceName is { Length: > 0 })
                        .GroupBy(c => c.Claim.SourceName!, StringComparer.OrdinalIgnoreCase)
                        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                        .Select(g => g.Key);
                    var copies = outlet
                        .Where(a => a.OriginArticleId is { } origin && !ids.Contains(origin) && byId.ContainsKey(origin))
                        .Select(a => a.OriginArticleId!)
                        .Distinct(StringComparer.Ordinal);
                    return new StorySource(outlet.Key, [.. ids.Order(StringComparer.Ordinal)], [.. cited], [.. copies]);
                })
                .OrderByDescending(s => s.ArticleIds.Length).ThenBy(s => s.Outlet, StringComparer.Ordinal),
        ];
    }
}

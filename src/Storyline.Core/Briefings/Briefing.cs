using System.Collections.Immutable;
using Storyline.Core.Model;
using Storyline.Core.Reconciliation;
using Storyline.Core.Summaries;
using Storyline.Core.Timelines;

namespace Storyline.Core.Briefings;

/// <summary>
/// Everything a reader needs about one story: the cited summary, the dated timeline, the reconciled
/// figures, who reported it and whom they cite, and the main entities and places.
/// </summary>
/// <param name="Articles">The story's articles, earliest first.</param>
/// <param name="Figures">Every claim, the pair decisions and the reconciled quantities.</param>
public sealed record Briefing(
    string StoryId,
    string Title,
    ImmutableArray<StoryArticle> Articles,
    ImmutableArray<SummarySentence> Summary,
    ImmutableArray<TimelineEntry> Timeline,
    StoryReconciliation Figures,
    ImmutableArray<StorySource> Sources,
    ImmutableArray<StoryEntity> Entities,
    ImmutableArray<StoryPlace> Places)
{
    public DateTimeOffset? FirstPublished => Articles.Select(a => a.PublishedAt).Min();

    public DateTimeOffset? LastPublished => Articles.Select(a => a.PublishedAt).Max();
}

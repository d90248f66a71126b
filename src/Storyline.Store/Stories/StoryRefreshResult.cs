using System.Collections.Immutable;

namespace Storyline.Store.Stories;

/// <summary>What one refresh did.</summary>
/// <param name="Placed">Newly stored articles (or new versions) the refresh placed in a story or kept out of stories.</param>
/// <param name="Replayed">Articles the clusterer read: the new ones and the members of stories still open to them.</param>
/// <param name="ChangedStoryIds">Stories whose membership changed (their briefings were rebuilt).</param>
/// <param name="RemovedStoryIds">Stories that no longer exist (merged into another, or emptied).</param>
/// <param name="BuiltBriefings">Briefings materialised, including any a killed earlier run left unbuilt.</param>
public sealed record StoryRefreshResult(
    int Placed, int Replayed, ImmutableArray<string> ChangedStoryIds, ImmutableArray<string> RemovedStoryIds, int BuiltBriefings)
{
    public static StoryRefreshResult Nothing { get; } = new(0, 0, [], [], 0);
}

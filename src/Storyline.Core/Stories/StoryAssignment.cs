using System.Collections.Immutable;

namespace Storyline.Core.Stories;

/// <summary>The outcome of adding one article to the clusterer.</summary>
/// <param name="StoryId">The story the article belongs to now; null for a non-article.</param>
/// <param name="Similarity">Similarity to the story joined (1 for a copy, 0 for a new story).</param>
/// <param name="MergedStoryIds">Stories that converged with this one and were folded into it.</param>
/// <param name="CopyOf">The origin of the article's copy group when it copies an earlier article.</param>
/// <param name="Reason">Why a non-article is one, for reports.</param>
public sealed record StoryAssignment(
    string ArticleId,
    string? StoryId,
    StoryDecision Decision,
    double Similarity,
    ImmutableArray<string> MergedStoryIds,
    string? CopyOf,
    string? Reason);

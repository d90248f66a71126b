using System.Collections.Immutable;

namespace Storyline.Store.Stories;

/// <summary>One row of the stories list.</summary>
/// <param name="Contested">How many of the story's figures are contested between sources.</param>
public sealed record StoryListItem(
    string Id,
    string Title,
    int ArticleCount,
    int OutletCount,
    ImmutableArray<string> Outlets,
    DateTimeOffset? FirstPublished,
    DateTimeOffset? LastPublished,
    ImmutableArray<StoryPlaceMark> Places,
    int Contested,
    DateTimeOffset UpdatedAt);

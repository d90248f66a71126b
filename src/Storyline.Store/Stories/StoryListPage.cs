using System.Collections.Immutable;

namespace Storyline.Store.Stories;

/// <summary>A page of stories and how many match in all.</summary>
public sealed record StoryListPage(ImmutableArray<StoryListItem> Items, int Total);

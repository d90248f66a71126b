using System.Collections.Immutable;

namespace Storyline.Core.Stories;

/// <summary>A story as it stands: its stable id, its articles in arrival order, and its time span.</summary>
public sealed record StorySnapshot(string Id, ImmutableArray<string> ArticleIds, DateTimeOffset? FirstPublished, DateTimeOffset? LastPublished);

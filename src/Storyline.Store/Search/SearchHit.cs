using System.Collections.Immutable;

namespace Storyline.Store.Search;

/// <summary>One article found by a search: where it is, its combined relevance and recency score, and a highlighted snippet.</summary>
public sealed record SearchHit(
    long ArticleId,
    string? StoryId,
    string? Title,
    string? Outlet,
    DateTimeOffset? Published,
    double Score,
    ImmutableArray<SnippetSegment> Snippet);

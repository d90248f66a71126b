using System.Collections.Immutable;

namespace Storyline.Store.Search;

/// <summary>A page of hits; <see cref="Total"/> counts the ranked candidates (see <see cref="ArticleSearch"/>).</summary>
public sealed record SearchResults(ImmutableArray<SearchHit> Items, int Total);

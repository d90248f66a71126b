using System.Collections.Immutable;

namespace Storyline.Store.Stories;

/// <summary>The values the stories list can be filtered by, most used first.</summary>
public sealed record StoryFacets(ImmutableArray<FacetCount> Places, ImmutableArray<FacetCount> Entities, ImmutableArray<FacetCount> Outlets);

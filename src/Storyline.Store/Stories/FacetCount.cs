namespace Storyline.Store.Stories;

/// <summary>A filter value and how many stories carry it.</summary>
public sealed record FacetCount(string Key, string Name, int Count);

namespace Storyline.Store.Stories;

/// <summary>One value a story can be filtered by: kind "place" (key geonames:ID), "entity" (canonical key) or "outlet".</summary>
public sealed record StoryFacet(string Kind, string Key, string Name)
{
    public const string Place = "place";
    public const string Entity = "entity";
    public const string Outlet = "outlet";
}

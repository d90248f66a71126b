namespace Storyline.Store.Stories;

/// <summary>A page of the stories list and its filters; every filter is optional.</summary>
/// <param name="From">Stories with an article published on or after this instant.</param>
/// <param name="To">Stories with an article published before this instant.</param>
/// <param name="Place">A place key ("geonames:2988507") or name.</param>
/// <param name="Entity">An entity key ("org:united nations") or name.</param>
/// <param name="Text">Words to find in the story's title or summary.</param>
public sealed record StoryListQuery(
    int Limit,
    int Offset = 0,
    StoryOrder Order = StoryOrder.Latest,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Place = null,
    string? Entity = null,
    string? Outlet = null,
    string? Text = null);

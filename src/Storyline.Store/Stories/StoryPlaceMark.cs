namespace Storyline.Store.Stories;

/// <summary>A story's place as the stories list shows it: a name on the map.</summary>
public sealed record StoryPlaceMark(string Name, double Lat, double Lon);

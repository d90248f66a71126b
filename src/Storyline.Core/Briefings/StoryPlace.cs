using System.Collections.Immutable;

namespace Storyline.Core.Briefings;

/// <summary>A resolved place as the story knows it, with coordinates and how widely it is mentioned.</summary>
/// <param name="Key">The place's cross-article key (<see cref="Model.Place.Key"/>).</param>
public sealed record StoryPlace(
    string Key,
    string Name,
    string Kind,
    string CountryCode,
    string Country,
    double Latitude,
    double Longitude,
    int Mentions,
    ImmutableArray<string> ArticleIds);

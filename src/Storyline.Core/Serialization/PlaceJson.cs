using System.Text.Json.Serialization;

namespace Storyline.Core.Serialization;

/// <summary>A place mention resolved to a GeoNames entry.</summary>
public sealed record PlaceJson(
    int Start,
    int End,
    string Text,
    string Name,
    string? Qualifier,
    string Kind,
    [property: JsonPropertyName("geonames_id")] long GeoNamesId,
    string CountryCode,
    string Country,
    string? Region,
    double Lat,
    double Lon);

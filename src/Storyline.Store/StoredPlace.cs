using Storyline.Core.Model;

namespace Storyline.Store;

/// <summary>A place known to the store (by GeoNames id), with how often the latest article versions mention it.</summary>
public sealed record StoredPlace(
    long GeoNameId,
    string Name,
    PlaceKind Kind,
    string CountryCode,
    string Country,
    string? Region,
    double Latitude,
    double Longitude,
    int Mentions,
    int Articles);

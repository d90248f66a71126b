namespace Storyline.Core.Model;

/// <summary>A place mention resolved to a gazetteer entry: a country, a first-level region or a populated place.</summary>
/// <param name="Text">The mention as it appears in the text, qualifier included ("northern Kharkiv").</param>
/// <param name="Name">The gazetteer's name for the place ("Kharkiv").</param>
/// <param name="Qualifier">A direction or part kept from the mention ("northern"), else null.</param>
/// <param name="GeoNameId">GeoNames id of the entry, which identifies the place across articles.</param>
/// <param name="Region">Name of the first-level region holding the place, when known.</param>
public sealed record Place(
    TextRange Range,
    string Text,
    string Name,
    string? Qualifier,
    PlaceKind Kind,
    long GeoNameId,
    string CountryCode,
    string CountryName,
    string? Region,
    double Latitude,
    double Longitude) : Annotation(Range)
{
    /// <summary>
    /// Identifies the place across articles: "geonames:3936456", or for gazetteer entries that carry
    /// no GeoNames id (countries, regions, a few places) "country:PE", "region:PE.02", "place:BD.84:chandpur".
    /// </summary>
    public string Key { get; init; } = GeoNameId != 0 ? $"geonames:{GeoNameId}" : $"place:{CountryCode}:{Name}";
}

public enum PlaceKind
{
    Country,
    Region,
    City,
}

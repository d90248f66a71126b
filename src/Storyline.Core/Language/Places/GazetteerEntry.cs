using Storyline.Core.Model;

namespace Storyline.Core.Language.Places;

/// <summary>One place of the gazetteer: a country, a first-level region or a populated place.</summary>
/// <param name="GeoNameId">GeoNames id; 0 for countries, regions and places the shipped data gives no id.</param>
/// <param name="Admin1">GeoNames first-level division code within the country ("02" for Ancash, Peru); empty for countries.</param>
/// <param name="Population">Inhabitants; for countries and regions the sum over their places; 0 when unknown.</param>
/// <param name="Feature">GeoNames feature code of a populated place (PPLC capital, PPLA region seat...), else empty.</param>
/// <param name="RegionKey">"PE.02": the key a region shares with every place in it; "PE" for a country.</param>
public sealed record GazetteerEntry(
    PlaceKind Kind,
    long GeoNameId,
    string Name,
    string CountryCode,
    string Admin1,
    double Latitude,
    double Longitude,
    long Population,
    string Feature,
    string RegionKey)
{
    public bool IsCapital => Feature == "PPLC";

    public bool IsRegionSeat => Feature == "PPLA";

    /// <summary>The key a <see cref="Place"/> resolved to this entry carries (see <see cref="Place.Key"/>).</summary>
    public string PlaceKey => (Kind, GeoNameId) switch
    {
        (_, not 0) => $"geonames:{GeoNameId}",
        (PlaceKind.Country, _) => $"country:{CountryCode}",
        (PlaceKind.Region, _) => $"region:{RegionKey}",
        _ => $"place:{RegionKey}:{PlaceNames.Normalize(Name)}",
    };
}

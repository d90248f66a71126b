namespace Storyline.Core.Language.Places;

/// <summary>
/// Where an article is about: evidence for countries and first-level regions gathered from its
/// place mentions (each spread over its readings by their prior), its dateline and the countries
/// its title names. A mention is scored against the evidence of the others: its own is left out,
/// so a repeated ambiguous name cannot vouch for itself.
/// </summary>
internal sealed class PlaceContext
{
    /// <summary>Repeats of one name count up to this many times.</summary>
    private const double MaxOccurrences = 3;
    private const int MaxPoints = 64;
    private const double NearKilometres = 300;

    private readonly Dictionary<string, Dictionary<string, double>> _countryByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, double>> _regionByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _regions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);
    private readonly List<(string Key, double Latitude, double Longitude)> _points = [];
    private Dictionary<string, (string Region, int Supporters)>? _leadingRegions;
    private double _countryTotal;
    private double _regionTotal;

    /// <summary>Adds one occurrence of a name read as <paramref name="readings"/> with these prior probabilities.</summary>
    /// <param name="countRepeats">Whether repeats of the name add evidence (up to three); an ambiguous name counts once.</param>
    public void AddMention(string key, IReadOnlyList<(GazetteerEntry Entry, double Probability)> readings, double weight, bool countRepeats)
    {
        _leadingRegions = null;
        var seen = _occurrences.GetValueOrDefault(key);
        _occurrences[key] = seen + 1;
        if (seen >= (countRepeats ? MaxOccurrences : 1))
        {
            return;
        }

        foreach (var (entry, probability) in readings)
        {
            Add(_countryByName, _countries, key, entry.CountryCode, probability * weight, ref _countryTotal);
            if (entry.Kind != Model.PlaceKind.Country)
            {
                Add(_regionByName, _regions, key, entry.RegionKey, probability * weight, ref _regionTotal);
            }
        }
    }

    /// <summary>Records where a clearly placed name lies, for <see cref="Proximity"/>; the first reading per name, up to 64 names.</summary>
    public void AddPoint(string key, double latitude, double longitude)
    {
        if (_points.Count < MaxPoints && !_points.Exists(p => p.Key == key))
        {
            _points.Add((key, latitude, longitude));
        }
    }

    /// <summary>
    /// How close a point is to the nearest clearly placed other name: 1 at the same spot, falling
    /// linearly to 0 at <see cref="NearKilometres"/>.
    /// </summary>
    public double Proximity(double latitude, double longitude, string key)
    {
        var best = 0.0;
        foreach (var point in _points)
        {
            if (point.Key == key)
            {
                continue;
            }

            var x = (longitude - point.Longitude) * Math.Cos((latitude + point.Latitude) * Math.PI / 360);
            var y = latitude - point.Latitude;
            var kilometres = Math.Sqrt((x * x) + (y * y)) * 111.2;
            best = Math.Max(best, 1 - (kilometres / NearKilometres));
        }

        return best;
    }

    /// <summary>Adds evidence for a country not tied to a mention in the text (the title).</summary>
    public void AddCountry(string countryCode, double weight)
    {
        _countries[countryCode] = _countries.GetValueOrDefault(countryCode) + weight;
        _countryTotal += weight;
    }

    public bool IsEmpty => _countryTotal <= 0;

    /// <summary>
    /// The share of the evidence, other than <paramref name="key"/>'s own, that points to a country;
    /// smoothed towards 0 when there is little evidence.
    /// </summary>
    public double CountryShare(string countryCode, string key) => Share(_countries, _countryByName, _countryTotal, countryCode, key);

    /// <summary>The share of the region evidence, other than <paramref name="key"/>'s own, that points to a region ("PE.02").</summary>
    public double RegionShare(string regionKey, string key) => Share(_regions, _regionByName, _regionTotal, regionKey, key);

    /// <summary>
    /// The region of <paramref name="countryCode"/> that the names point to most, when at least two
    /// names other than <paramref name="key"/> point mostly to it; else null. Computed once per
    /// country (the evidence is complete by the time mentions are resolved), so a page listing
    /// thousands of villages stays linear.
    /// </summary>
    public string? LeadingRegionIn(string countryCode, string key)
    {
        _leadingRegions ??= LeadingRegions();
        if (!_leadingRegions.TryGetValue(countryCode, out var leading))
        {
            return null;
        }

        var ownSupport = _regionByName.TryGetValue(key, out var own) && own.TryGetValue(leading.Region, out var weight)
            && weight / _occurrences[key] >= 0.5;
        return leading.Supporters - (ownSupport ? 1 : 0) >= 2 ? leading.Region : null;
    }

    private Dictionary<string, (string Region, int Supporters)> LeadingRegions()
    {
        var best = new Dictionary<string, (string Region, double Weight)>(StringComparer.Ordinal);
        foreach (var (region, weight) in _regions)
        {
            var country = region[..Math.Max(0, region.IndexOf('.'))];
            if (country.Length > 0 && (!best.TryGetValue(country, out var current) || weight > current.Weight))
            {
                best[country] = (region, weight);
            }
        }

        var supporters = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, regions) in _regionByName)
        {
            foreach (var (region, weight) in regions)
            {
                if (weight / _occurrences[name] >= 0.5)
                {
                    supporters[region] = supporters.GetValueOrDefault(region) + 1;
                }
            }
        }

        return best.ToDictionary(b => b.Key, b => (b.Value.Region, supporters.GetValueOrDefault(b.Value.Region)), StringComparer.Ordinal);
    }

    private static void Add(
        Dictionary<string, Dictionary<string, double>> byName,
        Dictionary<string, double> totals,
        string key,
        string target,
        double weight,
        ref double total)
    {
        if (!byName.TryGetValue(key, out var own))
        {
            own = new Dictionary<string, double>(StringComparer.Ordinal);
            byName[key] = own;
        }

        own[target] = own.GetValueOrDefault(target) + weight;
        totals[target] = totals.GetValueOrDefault(target) + weight;
        total += weight;
    }

    private static double Share(
        Dictionary<string, double> totals,
        Dictionary<string, Dictionary<string, double>> byName,
        double total,
        string target,
        string key)
    {
        var value = totals.GetValueOrDefault(target);
        if (byName.TryGetValue(key, out var own))
        {
            value -= own.GetValueOrDefault(target);
            foreach (var weight in own.Values)
            {
                total -= weight;
            }
        }

        // One unit of pseudo-evidence for "elsewhere": a lone weak clue is not a whole article's context.
        return Math.Max(0, value) / (Math.Max(0, total) + 1);
    }
}

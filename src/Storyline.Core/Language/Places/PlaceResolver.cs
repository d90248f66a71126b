using Storyline.Core.Model;

namespace Storyline.Core.Language.Places;

/// <summary>
/// Resolves the place mentions of one document to gazetteer entries. Each reading of a name gets
/// a prior from its population (capitals and region seats up, regions named without a designator
/// down, alternate names down), and the article's context moves it: readings in the countries and
/// regions the other mentions, the dateline and the title point to, and near the places the article
/// names clearly, win ("Tripoli" in a story about Lebanon), and "City, Region" pins the city inside
/// the region ("Paris, Texas"). A country alone does not pull a world city's name to a small
/// namesake ("Paris" in an American story stays in France). A small place
/// outside everything the article is about is taken for a namesake and left unresolved, as is a
/// name the gazetteer does not hold.
/// </summary>
public sealed class PlaceResolver(PlaceGazetteer gazetteer, PlaceWords words)
{
    private const double CountryWeight = 6;
    private const double RegionWeight = 3;
    private const double ProximityWeight = 3;
    private const double DatelineWeight = 2;
    private const double TitleWeight = 2;
    private const double AmbiguousWeight = 0.3;
    private const double SmallSingleWeight = 0.5;
    private const double DemonymWeight = 0.5;
    private const double UnknownPopulation = 5000;
    private const double MinimumShare = 0.25;
    private const long SmallPlace = 50_000;
    private const long LargeCity = 100_000;
    private const long UnambiguousTown = 20_000;

    private static readonly System.Buffers.SearchValues<char> Letters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly Lazy<PlaceResolver> Shipped =
        new(() => new PlaceResolver(PlaceGazetteer.Default, PlaceWords.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PlaceMentionFinder _finder = new(words);

    /// <summary>A resolver over the shipped gazetteer and word lists, created on first use.</summary>
    public static PlaceResolver Default => Shipped.Value;

    /// <summary>The resolved places of a text, in text order.</summary>
    /// <param name="firstSentence">The text's first sentence, where an all-capital name is a dateline.</param>
    /// <param name="title">The article's title, whose country names are context; may be null.</param>
    public List<Place> Resolve(string text, IReadOnlyList<Entity> entities, TextRange? firstSentence, string? title)
    {
        var places = new List<Place>();
        var mentions = _finder.Find(text, entities, firstSentence);
        if (mentions.Count == 0)
        {
            return places;
        }

        var readings = new List<Reading>[mentions.Count];
        var locationNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (!mention.IsWeak)
            {
                locationNames.Add(mention.Key);
            }
        }

        var context = new PlaceContext();
        var found = new List<GazetteerMatch>();
        var spread = new List<(GazetteerEntry Entry, double Probability)>();
        for (var i = 0; i < mentions.Count; i++)
        {
            readings[i] = ReadingsOf(mentions[i], found);
            if (readings[i].Count == 0 && mentions[i].WithoutQualifier is { } split)
            {
                mentions[i] = split;
                readings[i] = ReadingsOf(split, found);
            }

            if (readings[i].Count == 0)
            {
                continue;
            }

            var total = readings[i].Sum(r => r.Prior);
            spread.Clear();
            foreach (var reading in readings[i])
            {
                spread.Add((gazetteer[reading.Entry], reading.Prior / total));
            }

            var clarity = Confidence(spread);
            var confidence = clarity;
            if (mentions[i].IsWeak && !locationNames.Contains(mentions[i].Key))
            {
                // A mistyped span ("Barishal" as an organisation) is a clue only when it reads clearly.
                if (clarity < 1 || readings[i].Exists(r => r.IsAlias))
                {
                    continue;
                }

                confidence = AmbiguousWeight;
            }

            var weight = (mentions[i].IsDateline ? DatelineWeight : 1) * confidence;
            context.AddMention(mentions[i].Key, spread, weight, countRepeats: confidence >= 1);
            if (clarity >= SmallSingleWeight && spread.MaxBy(r => r.Probability).Entry is { Kind: not PlaceKind.Country } point)
            {
                context.AddPoint(mentions[i].Key, point.Latitude, point.Longitude);
            }
        }

        AddTitle(context, title, found);
        AddDemonyms(context, entities, found);

        // Containers come after what they contain ("Paris, Texas"), so resolve from the end.
        var chosen = new Reading?[mentions.Count];
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var container = i + 1 < mentions.Count && chosen[i + 1] is { } next && IsContainer(text, mentions[i], mentions[i + 1])
                ? gazetteer[next.Entry]
                : null;
            chosen[i] = Choose(mentions[i], readings[i], context, container, locationNames);
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if (chosen[i] is { } reading)
            {
                places.Add(ToPlace(text, mentions[i], reading));
            }
        }

        return places;
    }

    /// <summary>
    /// How clearly a name says where the article is: fully when one country holds nine tenths of
    /// its readings' weight and it is a country, a region or a large city; half for a small place
    /// with a single reading (one clue, but a small one: "Heathrow" is also a town in Florida);
    /// little for other names ("Chandpur", a town in two countries), so that they cannot outvote a
    /// capital ("Dhaka") that points elsewhere.
    /// </summary>
    private static double Confidence(List<(GazetteerEntry Entry, double Probability)> spread)
    {
        var top = spread.MaxBy(r => r.Probability);
        var countryMass = spread.Where(r => r.Entry.CountryCode == top.Entry.CountryCode).Sum(r => r.Probability);
        if (countryMass < 0.9)
        {
            return AmbiguousWeight;
        }

        if (top.Entry.Kind != PlaceKind.City || top.Entry.Population >= LargeCity)
        {
            return 1;
        }

        return spread.Count == 1 ? SmallSingleWeight : AmbiguousWeight;
    }

    private List<Reading> ReadingsOf(PlaceMention mention, List<GazetteerMatch> found)
    {
        found.Clear();
        gazetteer.Find(mention.Key, found);
        if (found.Count == 0 && mention.RegionRange is not null)
        {
            // "Kharkiv Oblast" when the gazetteer holds the region as "Kharkiv".
            var lastSpace = mention.Key.LastIndexOf(' ');
            if (lastSpace > 0)
            {
                gazetteer.Find(mention.Key.AsSpan(0, lastSpace), found);
            }
        }

        if (mention.Code is { } code && gazetteer.FindCode(code) is var country and >= 0 && !found.Exists(m => m.Entry == country))
        {
            found.Add(new GazetteerMatch(country, IsAlias: true));
        }

        var readings = new List<Reading>(found.Count);
        if (found.Count == 0)
        {
            return readings;
        }

        var wantsRegion = mention.RegionRange is not null && found.Exists(m => gazetteer[m.Entry].Kind == PlaceKind.Region);
        long largestByName = 0;
        foreach (var match in found)
        {
            if (!match.IsAlias)
            {
                largestByName = Math.Max(largestByName, gazetteer[match.Entry].Population);
            }
        }

        var hasNameMatch = found.Exists(m => !m.IsAlias);
        foreach (var match in found)
        {
            var entry = gazetteer[match.Entry];
            if (wantsRegion && entry.Kind != PlaceKind.Region)
            {
                continue;
            }

            // An alternate name yields to a place that bears the name, unless it is far larger ("Rajnagar").
            if (match.IsAlias && hasNameMatch && entry.Population < 5 * Math.Max(largestByName, 1000))
            {
                continue;
            }

            readings.Add(new Reading(match.Entry, match.IsAlias, wantsRegion, Prior(entry, match.IsAlias, wantsRegion)));
        }

        return readings;
    }

    private static double Prior(GazetteerEntry entry, bool isAlias, bool namedAsRegion)
    {
        // GeoNames lists places of unknown size too (seats added since the population data): such a
        // place counts as a small town.
        double prior = entry.Population > 0 ? Math.Max(entry.Population, 1000) : UnknownPopulation;
        if (entry.IsCapital)
        {
            prior *= 3;
        }
        else if (entry.IsRegionSeat)
        {
            prior *= 1.5;
        }

        // A bare name that is both a region and its main city means the city ("Kharkiv", "Dhaka").
        if (entry.Kind == PlaceKind.Region && !namedAsRegion)
        {
            prior *= 0.2;
        }

        return isAlias ? prior * 0.3 : prior;
    }

    private Reading? Choose(PlaceMention mention, List<Reading> readings, PlaceContext context, GazetteerEntry? container, HashSet<string> locationNames)
    {
        if (readings.Count == 0)
        {
            return null;
        }

        var candidates = readings;
        var pinned = false;
        if (container is not null)
        {
            var inside = readings.FindAll(r => IsInside(gazetteer[r.Entry], container));
            if (inside.Count > 0)
            {
                candidates = inside;
                pinned = true;
            }
        }

        var total = candidates.Sum(r => r.Prior);
        Reading? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var reading in candidates)
        {
            var entry = gazetteer[reading.Entry];
            var score = Math.Log(reading.Prior / total)
                + (CountryWeight * context.CountryShare(entry.CountryCode, mention.Key))
                + (entry.Kind == PlaceKind.Country ? 0 : RegionWeight * context.RegionShare(entry.RegionKey, mention.Key))
                + (entry.Kind == PlaceKind.Country ? 0 : ProximityWeight * context.Proximity(entry.Latitude, entry.Longitude, mention.Key));
            if (score > bestScore)
            {
                best = reading;
                bestScore = score;
            }
        }

        if (best is not { } choice)
        {
            return null;
        }

        var chosen = gazetteer[choice.Entry];
        if (!pinned && !Plausible(mention, chosen, context))
        {
            return null;
        }

        // A name with a single town of some size in the whole gazetteer is that town even when the tagger
        // did not call it a location ("a nurse from Parramatta").
        var unambiguousTown = readings.Count == 1 && !choice.IsAlias && chosen.Kind == PlaceKind.City && chosen.Population >= UnambiguousTown;
        if (mention.IsWeak && !locationNames.Contains(mention.Key) && !unambiguousTown && !StrongForMistypedSpan(mention, choice, chosen, context))
        {
            return null;
        }

        return choice;
    }

    /// <summary>
    /// Whether a reading fits the article: a small place or region ("Long Island", a district of the
    /// Bahamas, in an American story) must lie near a place the article names clearly, or in a
    /// country the article is about
    /// and, when the article centres on one region of that country, in that region ("Rajnagar" in
    /// an Odisha story is not the namesake in Madhya Pradesh).
    /// </summary>
    private static bool Plausible(PlaceMention mention, GazetteerEntry entry, PlaceContext context)
    {
        if (entry.Kind == PlaceKind.Country || entry.Population >= SmallPlace || entry.IsCapital || entry.IsRegionSeat || context.IsEmpty)
        {
            return true;
        }

        // Within 150 km of a place the article names clearly ("Parramatta" beside "Sydney").
        if (context.Proximity(entry.Latitude, entry.Longitude, mention.Key) >= 0.5)
        {
            return true;
        }

        if (context.CountryShare(entry.CountryCode, mention.Key) < MinimumShare)
        {
            return false;
        }

        return context.LeadingRegionIn(entry.CountryCode, mention.Key) is not { } region
            || region == entry.RegionKey
            || context.RegionShare(entry.RegionKey, mention.Key) >= MinimumShare;
    }

    /// <summary>An organisation or other name is taken for a place only as a country, a region, or a large city in the article's country.</summary>
    /// <remarks>A city may be named by an alternate spelling ("Bhubaneswar"); a country or region must be named by its own name.</remarks>
    private static bool StrongForMistypedSpan(PlaceMention mention, Reading reading, GazetteerEntry entry, PlaceContext context) =>
        entry.Kind == PlaceKind.City
            ? entry.Population >= LargeCity && context.CountryShare(entry.CountryCode, mention.Key) >= 0.3
            : !reading.IsAlias;

    private static bool IsInside(GazetteerEntry entry, GazetteerEntry container) => container.Kind switch
    {
        PlaceKind.Country => entry.CountryCode == container.CountryCode && entry.Kind != PlaceKind.Country,
        _ => entry.Kind == PlaceKind.City && entry.RegionKey == container.RegionKey,
    };

    /// <summary>
    /// "Paris, Texas": the second mention follows the first after a comma and a space, and does not
    /// go on as a list ("Boston, New York and Washington").
    /// </summary>
    private static bool IsContainer(string text, PlaceMention inner, PlaceMention outer)
    {
        var gap = text.AsSpan(inner.Range.End, Math.Max(0, outer.Range.Start - inner.Range.End));
        if (gap.Length is not 2 || gap[0] != ',' || gap[1] is not (' ' or '\n'))
        {
            return false;
        }

        var after = text.AsSpan(outer.Range.End);
        after = after.StartsWith(",") ? after[1..] : after;
        return !after.StartsWith(" and ", StringComparison.Ordinal) && !after.StartsWith(" or ", StringComparison.Ordinal);
    }

    private void AddTitle(PlaceContext context, string? title, List<GazetteerMatch> found)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length > 400)
        {
            return;
        }

        var countries = new HashSet<string>(StringComparer.Ordinal);
        var wordStarts = new List<(int Start, int End)>();
        for (var i = 0; i < title.Length;)
        {
            if (!char.IsLetter(title[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < title.Length && (char.IsLetter(title[i]) || title[i] == '-' || title[i] == '.'))
            {
                i++;
            }

            wordStarts.Add((start, i));
        }

        for (var w = 0; w < wordStarts.Count; w++)
        {
            if (!char.IsUpper(title[wordStarts[w].Start]))
            {
                continue;
            }

            for (var length = 1; length <= 3 && w + length <= wordStarts.Count; length++)
            {
                var span = title.AsSpan(wordStarts[w].Start, wordStarts[w + length - 1].End - wordStarts[w].Start);
                found.Clear();
                gazetteer.Find(PlaceNames.Normalize(span), found);
                foreach (var match in found)
                {
                    if (!match.IsAlias && gazetteer[match.Entry].Kind == PlaceKind.Country)
                    {
                        countries.Add(gazetteer[match.Entry].CountryCode);
                    }
                }
            }
        }

        foreach (var country in countries)
        {
            context.AddCountry(country, TitleWeight);
        }
    }

    /// <summary>
    /// Nationality words ("Bangladeshi", "Congolese", "Peruvians") tagged as other names are weak
    /// context for their country: a country name followed by at most four letters.
    /// </summary>
    private void AddDemonyms(PlaceContext context, IReadOnlyList<Entity> entities, List<GazetteerMatch> found)
    {
        foreach (var entity in entities)
        {
            var word = entity.Text.AsSpan();
            if (entity.Type != EntityType.Miscellaneous || word.Length is < 5 or > 30 || !char.IsUpper(word[0]) || word.ContainsAnyExcept(Letters))
            {
                continue;
            }

            for (var cut = 1; cut <= 4 && word.Length - cut >= 4; cut++)
            {
                found.Clear();
                gazetteer.Find(PlaceNames.Normalize(word[..^cut]), found);
                var country = found.FindIndex(m => !m.IsAlias && gazetteer[m.Entry].Kind == PlaceKind.Country);
                if (country >= 0)
                {
                    var entry = gazetteer[found[country].Entry];
                    context.AddMention("demonym:" + entry.CountryCode, [(entry, 1.0)], DemonymWeight, countRepeats: true);
                    break;
                }
            }
        }
    }

    private Place ToPlace(string text, PlaceMention mention, Reading reading)
    {
        var entry = gazetteer[reading.Entry];
        var range = reading.NamedAsRegion && mention.RegionRange is { } regionRange ? regionRange : mention.Range;
        var countryIndex = gazetteer.FindRegion(entry.CountryCode);
        var countryName = countryIndex >= 0 ? gazetteer[countryIndex].Name : entry.CountryCode;
        string? region = null;
        if (entry.Kind != PlaceKind.Country)
        {
            var regionIndex = gazetteer.FindRegion(entry.RegionKey);
            region = regionIndex >= 0 ? gazetteer[regionIndex].Name : null;
        }

        return new Place(
            range,
            range.Of(text),
            entry.Name,
            mention.Qualifier,
            entry.Kind,
            entry.GeoNameId,
            entry.CountryCode,
            countryName,
            region,
            entry.Latitude,
            entry.Longitude)
        {
            Key = entry.PlaceKey,
        };
    }

    /// <summary>One way to read a mention: a gazetteer entry and its prior weight.</summary>
    private readonly record struct Reading(int Entry, bool IsAlias, bool NamedAsRegion, double Prior);
}

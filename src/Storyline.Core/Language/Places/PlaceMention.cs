using Storyline.Core.Model;

namespace Storyline.Core.Language.Places;

/// <summary>A span that may name a place, with what the words around it say about how to read it.</summary>
/// <param name="Range">The whole mention: the name with its qualifier and, when it names a region, its designator.</param>
/// <param name="NameRange">The name alone ("Kharkiv" in "northern Kharkiv").</param>
/// <param name="Key">The name's lookup key (see <see cref="PlaceNames"/>).</param>
/// <param name="Code">The name as an all-capital code ("US" for "U.S."), matched against country codes; else null.</param>
/// <param name="Qualifier">A direction or part word kept from the mention ("northern"), else null.</param>
/// <param name="RegionRange">The mention including a region designator ("the Ancash region" → "Ancash region"),
/// used when the name resolves to a region; null when no designator is next to the name.</param>
/// <param name="IsWeak">The tagger typed the span as an organisation or other name, not a location.</param>
/// <param name="IsDateline">An all-capital name opening the text, as an outlet's dateline.</param>
/// <param name="WithoutQualifier">The reading with a leading qualifier word split off ("Northern Kharkiv" as
/// "northern" + "Kharkiv"), tried when the whole span names nothing ("South America" stays whole).</param>
internal sealed record PlaceMention(
    TextRange Range,
    TextRange NameRange,
    string Key,
    string? Code,
    string? Qualifier,
    TextRange? RegionRange,
    bool IsWeak,
    bool IsDateline,
    PlaceMention? WithoutQualifier = null);

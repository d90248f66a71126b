using System.Collections.Frozen;

namespace Storyline.Core.Language.Places;

/// <summary>
/// The words around a place name that change how it is read (Resources/place-words.tsv):
/// qualifiers kept with the mention, words marking a first-level division, words marking a
/// natural or built feature rather than the settlement, and world-region names that are no place.
/// </summary>
public sealed class PlaceWords
{
    private static readonly Lazy<PlaceWords> Shipped = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, PlaceWordRole> _roles;
    private readonly FrozenDictionary<string, PlaceWordRole>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenSet<string> _featuresBefore;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _featuresBeforeLookup;
    private readonly FrozenSet<string> _notPlaces;

    public PlaceWords(IReadOnlyDictionary<string, PlaceWordRole> roles, IEnumerable<string> featuresBefore, IEnumerable<string> notPlaces)
    {
        _roles = roles.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _roles.GetAlternateLookup<ReadOnlySpan<char>>();
        _featuresBefore = featuresBefore.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _featuresBeforeLookup = _featuresBefore.GetAlternateLookup<ReadOnlySpan<char>>();
        _notPlaces = notPlaces.Select(n => PlaceNames.Normalize(n)).ToFrozenSet(StringComparer.Ordinal);
    }

    public static PlaceWords Default => Shipped.Value;

    /// <summary>The role of a word that follows or precedes a name, or <see cref="PlaceWordRole.None"/>.</summary>
    public PlaceWordRole RoleOf(ReadOnlySpan<char> word) =>
        _lookup.TryGetValue(word, out var role) ? role : PlaceWordRole.None;

    public bool IsFeatureBefore(ReadOnlySpan<char> word) => _featuresBeforeLookup.Contains(word);

    /// <summary>Whether a normalised name (see <see cref="PlaceNames"/>) is a world region, not a place.</summary>
    public bool IsNotAPlace(string key) => _notPlaces.Contains(key);

    private static PlaceWords Load()
    {
        const string file = "place-words.tsv";
        using var reader = EmbeddedResource.Open(file);
        var roles = new Dictionary<string, PlaceWordRole>(StringComparer.OrdinalIgnoreCase);
        var before = new List<string>();
        var notPlaces = new List<string>();
        foreach (var (line, fields) in EmbeddedResource.ReadRows(reader))
        {
            if (fields.Length != 2 || fields[1].Length == 0)
            {
                throw new InvalidDataException($"{file} line {line}: expected role<TAB>word.");
            }

            switch (fields[0])
            {
                case "qualifier":
                    roles[fields[1]] = PlaceWordRole.Qualifier;
                    break;
                case "region":
                    roles[fields[1]] = PlaceWordRole.Region;
                    break;
                case "feature":
                    roles[fields[1]] = PlaceWordRole.Feature;
                    break;
                case "feature-before":
                    before.Add(fields[1]);
                    break;
                case "not-a-place":
                    notPlaces.Add(fields[1]);
                    break;
                default:
                    throw new InvalidDataException($"{file} line {line}: unknown role '{fields[0]}'.");
            }
        }

        return new PlaceWords(roles, before, notPlaces);
    }
}

public enum PlaceWordRole
{
    None,
    Qualifier,
    Region,
    Feature,
}

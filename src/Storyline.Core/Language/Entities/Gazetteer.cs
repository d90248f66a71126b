using System.Collections.Frozen;

namespace Storyline.Core.Language.Entities;

/// <summary>
/// Name lists the tagger consults as features: phrases (matched case-insensitively, up to
/// <see cref="MaxPhraseLength"/> tokens) mapped to a set of list types. Types 0-3 are the entity
/// types as seen in the training data; the rest come from Resources/ner-gazetteer.tsv.
/// Phrases are stored as hashes of their lowercased tokens, so the model carries no word list.
/// </summary>
public sealed class Gazetteer
{
    public const int MaxPhraseLength = 6;

    /// <summary>The list types, in bit order.</summary>
    public static readonly IReadOnlyList<string> TypeNames =
        ["PER", "ORG", "LOC", "MISC", "country", "nationality", "city", "region", "month", "weekday", "place", "first", "last", "orgword", "name", "company"];

    private readonly FrozenDictionary<ulong, uint> _types;

    public Gazetteer(IReadOnlyDictionary<ulong, uint> types) => _types = types.ToFrozenDictionary();

    public int Count => _types.Count;

    internal IReadOnlyDictionary<ulong, uint> Entries => _types;

    /// <summary>The type bits of a phrase given by its hash (see <see cref="PhraseHash"/>), 0 when absent.</summary>
    public uint TypesOf(ulong phraseHash) => _types.TryGetValue(phraseHash, out var types) ? types : 0;

    public static ulong PhraseStep(ulong phraseHash, ulong lowerWordHash) => FeatureHash.Mix(phraseHash, lowerWordHash);

    public static ulong PhraseSeed => 0x5EED_6A2E_77E3_0001;

    public static ulong PhraseHash(IEnumerable<string> words)
    {
        var hash = PhraseSeed;
        foreach (var word in words)
        {
            hash = PhraseStep(hash, FeatureHash.OfLower(word));
        }

        return hash;
    }

    /// <summary>
    /// The name lists shipped in Resources/ner-gazetteer.tsv (hand-written) and
    /// Resources/ner-gazetteer-derived.tsv (derived from open data by tools/ner-gazetteer), as phrase
    /// hash to type bits.
    /// </summary>
    public static Dictionary<ulong, uint> LoadHandLists()
    {
        var lists = new Dictionary<ulong, uint>();
        AddList(lists, "ner-gazetteer.tsv");
        AddList(lists, "ner-gazetteer-derived.tsv");
        return lists;
    }

    private static void AddList(Dictionary<ulong, uint> lists, string resourceName)
    {
        using var reader = EmbeddedResource.Open(resourceName);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            var type = fields.Length == 2 ? IndexOfType(fields[0]) : -1;
            if (type < 0)
            {
                throw new InvalidDataException($"{resourceName} line {lineNumber}: expected 'type<TAB>phrase' with a known type, got '{line}'.");
            }

            var hash = PhraseHash(Tokens.Tokenizer.Default.Tokenize(fields[1]).Select(t => t.Range.Of(fields[1])));
            lists[hash] = lists.GetValueOrDefault(hash) | (1u << type);
        }
    }

    private static int IndexOfType(string name)
    {
        for (var i = 0; i < TypeNames.Count; i++)
        {
            if (TypeNames[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}

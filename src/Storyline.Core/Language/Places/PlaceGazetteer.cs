using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Storyline.Core.Model;

namespace Storyline.Core.Language.Places;

/// <summary>
/// Countries, first-level regions and populated places from GeoNames (Resources/gazetteer.tsv.gz,
/// built by tools/gazetteer/build.mjs), indexed by normalised name (see <see cref="PlaceNames"/>).
/// Immutable and thread-safe; the shipped gazetteer is loaded once, on first use.
/// </summary>
public sealed class PlaceGazetteer
{
    public const string ResourceName = "gazetteer.tsv.gz";

    private const int AliasBit = 1 << 30;

    private static readonly Lazy<PlaceGazetteer> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly GazetteerEntry[] _entries;

    // Postings as linked lists in flat arrays: a name maps to its first posting, each posting to
    // an entry (AliasBit set when the name is an alternate) and the next posting. Most names have
    // one entry, so this avoids a list per name.
    private readonly Dictionary<string, int> _heads;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _headLookup;
    private readonly int[] _postingEntry;
    private readonly int[] _postingNext;
    private readonly Dictionary<string, int> _codes;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _codeLookup;
    private readonly Dictionary<string, int> _byRegionKey;

    private PlaceGazetteer(
        GazetteerEntry[] entries,
        Dictionary<string, int> heads,
        int[] postingEntry,
        int[] postingNext,
        Dictionary<string, int> codes)
    {
        _entries = entries;
        _heads = heads;
        _headLookup = heads.GetAlternateLookup<ReadOnlySpan<char>>();
        _postingEntry = postingEntry;
        _postingNext = postingNext;
        _codes = codes;
        _codeLookup = codes.GetAlternateLookup<ReadOnlySpan<char>>();
        _byRegionKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i].Kind != PlaceKind.City)
            {
                _byRegionKey.TryAdd(entries[i].RegionKey, i);
            }
        }
    }

    /// <summary>The gazetteer shipped with Storyline, loaded on first use.</summary>
    public static PlaceGazetteer Default => Shipped.Value;

    public int Count => _entries.Length;

    public int NameCount => _heads.Count;

    public GazetteerEntry this[int index] => _entries[index];

    /// <summary>Adds to <paramref name="found"/> the entries a normalised name names, each once.</summary>
    public void Find(ReadOnlySpan<char> key, List<GazetteerMatch> found)
    {
        if (!_headLookup.TryGetValue(key, out var posting))
        {
            return;
        }

        for (; posting >= 0; posting = _postingNext[posting])
        {
            var entry = _postingEntry[posting] & ~AliasBit;
            var isAlias = (_postingEntry[posting] & AliasBit) != 0;
            var existing = found.FindIndex(m => m.Entry == entry);
            if (existing < 0)
            {
                found.Add(new GazetteerMatch(entry, isAlias));
            }
            else if (!isAlias)
            {
                found[existing] = new GazetteerMatch(entry, false);
            }
        }
    }

    /// <summary>
    /// The country a code names exactly as written, or -1: a code used as a name ("US", "UK", "DRC")
    /// or an ISO alpha-3 code ("PER"); bare ISO alpha-2 codes ("PE") only when asked for, because in
    /// text two capitals are more often a state or province ("CA", "PA").
    /// </summary>
    public int FindCode(ReadOnlySpan<char> code, bool includeAlpha2 = false)
    {
        Span<char> marked = stackalloc char[Math.Min(code.Length, 16) + 1];
        if (code.Length > 16)
        {
            return -1;
        }

        code.CopyTo(marked[1..]);
        marked[0] = '=';
        if (_codeLookup.TryGetValue(marked, out var entry))
        {
            return entry;
        }

        marked[0] = '~';
        return includeAlpha2 && _codeLookup.TryGetValue(marked, out entry) ? entry : -1;
    }

    /// <summary>The country ("PE") or region ("PE.02") entry with this key, or -1.</summary>
    public int FindRegion(string regionKey) => _byRegionKey.TryGetValue(regionKey, out var entry) ? entry : -1;

    public static PlaceGazetteer Load(Stream gzip, string sourceName)
    {
        using var unzipped = new MemoryStream();
        using (var inflater = new GZipStream(gzip, CompressionMode.Decompress))
        {
            inflater.CopyTo(unzipped);
        }

        var bytes = unzipped.GetBuffer().AsSpan(0, (int)unzipped.Length);
        return Parse(System.Text.Encoding.UTF8.GetString(bytes), sourceName);
    }

    /// <summary>Reads the gazetteer's tab-separated form (see the header of the shipped file).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PlaceGazetteer Parse(string content, string sourceName)
    {
        var entries = new List<GazetteerEntry>(110_000);
        var heads = new Dictionary<string, int>(260_000, StringComparer.Ordinal);
        var postingEntry = new List<int>(280_000);
        var postingNext = new List<int>(280_000);
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        var sharedLookup = shared.GetAlternateLookup<ReadOnlySpan<char>>();
        var headLookup = heads.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<Range> fields = stackalloc Range[12];
        var lineNumber = 0;
        foreach (var lineRange in content.AsSpan().Split('\n'))
        {
            lineNumber++;
            var span = content.AsSpan(lineRange.Start.Value, lineRange.End.Value - lineRange.Start.Value);
            if (span.Length > 0 && span[^1] == '\r')
            {
                span = span[..^1];
            }

            if (span.Length == 0 || span[0] == '#')
            {
                continue;
            }

            if (span.Split(fields, '\t') != 11)
            {
                throw new InvalidDataException($"{sourceName} line {lineNumber}: expected 11 tab-separated fields.");
            }

            var kind = span[fields[0]] switch
            {
                "C" => PlaceKind.Country,
                "R" => PlaceKind.Region,
                "P" => PlaceKind.City,
                _ => throw new InvalidDataException($"{sourceName} line {lineNumber}: unknown kind '{span[fields[0]]}'."),
            };
            if (!long.TryParse(span[fields[1]], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                || !double.TryParse(span[fields[5]], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
                || !double.TryParse(span[fields[6]], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
                || !long.TryParse(span[fields[7]], NumberStyles.None, CultureInfo.InvariantCulture, out var population)
                || latitude is < -90 or > 90 || longitude is < -180 or > 180)
            {
                throw new InvalidDataException($"{sourceName} line {lineNumber}: bad id, coordinates or population.");
            }

            var index = entries.Count;
            var country = Shared(span[fields[3]]);
            var admin1 = Shared(span[fields[4]]);
            entries.Add(new GazetteerEntry(
                kind,
                id,
                span[fields[2]].ToString(),
                country,
                admin1,
                latitude,
                longitude,
                population,
                Shared(span[fields[8]]),
                kind == PlaceKind.Country ? country : RegionKey(country, admin1)));
            AddNames(span[fields[9]], index, alias: false);
            AddNames(span[fields[10]], index, alias: true);
        }

        return new PlaceGazetteer([.. entries], heads, [.. postingEntry], [.. postingNext], codes);

        string RegionKey(string country, string admin1)
        {
            Span<char> key = stackalloc char[country.Length + admin1.Length + 1];
            country.AsSpan().CopyTo(key);
            key[country.Length] = '.';
            admin1.AsSpan().CopyTo(key[(country.Length + 1)..]);
            return Shared(key);
        }

        string Shared(ReadOnlySpan<char> value)
        {
            if (sharedLookup.TryGetValue(value, out var existing))
            {
                return existing;
            }

            var text = value.ToString();
            shared[text] = text;
            return text;
        }

        void AddNames(ReadOnlySpan<char> names, int entry, bool alias)
        {
            foreach (var part in names.Split('|'))
            {
                var name = names[part];
                if (name.IsEmpty)
                {
                    continue;
                }

                if (name[0] is '=' or '~')
                {
                    codes.TryAdd(name.ToString(), entry);
                    continue;
                }

                var posting = postingEntry.Count;
                postingEntry.Add(alias ? entry | AliasBit : entry);
                ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(headLookup, name, out var exists);
                if (exists)
                {
                    // Order within a name does not matter: the new posting goes after the head.
                    postingNext.Add(postingNext[head]);
                    postingNext[head] = posting;
                }
                else
                {
                    postingNext.Add(-1);
                    head = posting;
                }
            }
        }
    }

    private static PlaceGazetteer LoadShipped()
    {
        using var stream = EmbeddedResource.OpenStream(ResourceName);
        return Load(stream, ResourceName);
    }
}

/// <summary>An entry found under a name, and whether the name is one of its alternates.</summary>
public readonly record struct GazetteerMatch(int Entry, bool IsAlias);

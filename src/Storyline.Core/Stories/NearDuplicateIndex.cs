namespace Storyline.Core.Stories;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: each signature is cut into bands of
/// <see cref="Rows"/> values and filed under one bucket per band, so texts with a high Jaccard
/// similarity share a bucket with high probability (1 - (1 - J^rows)^bands) while a lookup touches
/// only its own buckets. Buckets keep their most recent entries only, so a text repeated
/// thousands of times cannot make lookups slow, and the index remembers the last
/// <c>capacity</c> texts only (copies of a story appear within days, not months), so memory stays
/// bounded on an endless stream.
/// </summary>
public sealed class NearDuplicateIndex
{
    private readonly int _bands;
    private readonly int _bucketCapacity;
    private readonly Dictionary<ulong, List<long>> _buckets = [];
    private readonly (string Id, MinHashSignature Signature)?[] _entries;
    private long _added;

    public NearDuplicateIndex(int bands = 32, int rows = 4, int bucketCapacity = 64, int capacity = 50_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _entries = new (string, MinHashSignature)?[capacity];
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        _bands = bands;
        Rows = rows;
        _bucketCapacity = bucketCapacity;
    }

    public int Rows { get; }

    /// <summary>How many texts the index remembers now.</summary>
    public int Count => (int)Math.Min(_added, _entries.Length);

    /// <summary>
    /// The indexed texts whose estimated Jaccard similarity to <paramref name="signature"/> is at
    /// least <paramref name="minimumJaccard"/>, most similar first.
    /// </summary>
    public IReadOnlyList<(string Id, double Jaccard)> Find(MinHashSignature signature, double minimumJaccard)
    {
        CheckLength(signature);
        var seen = new HashSet<long>();
        var found = new List<(string Id, double Jaccard)>();
        for (var band = 0; band < _bands; band++)
        {
            if (!_buckets.TryGetValue(BandKey(signature, band), out var bucket))
            {
                continue;
            }

            foreach (var entry in bucket)
            {
                if (entry > _added - _entries.Length && seen.Add(entry))
                {
                    var (id, other) = _entries[entry % _entries.Length]!.Value;
                    var jaccard = signature.EstimateJaccard(other);
                    if (jaccard >= minimumJaccard)
                    {
                        found.Add((id, jaccard));
                    }
                }
            }
        }

        found.Sort((a, b) => b.Jaccard.CompareTo(a.Jaccard));
        return found;
    }

    public void Add(string id, MinHashSignature signature)
    {
        CheckLength(signature);
        var entry = _added++;
        if (_entries[entry % _entries.Length] is { } oldest)
        {
            Forget(entry - _entries.Length, oldest.Signature);
        }

        _entries[entry % _entries.Length] = (id, signature);
        for (var band = 0; band < _bands; band++)
        {
            var key = BandKey(signature, band);
            if (!_buckets.TryGetValue(key, out var bucket))
            {
                bucket = [];
                _buckets[key] = bucket;
            }

            bucket.Add(entry);
            if (bucket.Count > 2 * _bucketCapacity)
            {
                bucket.RemoveRange(0, bucket.Count - _bucketCapacity);
            }
        }
    }

    /// <summary>Takes an entry the ring overwrites out of its buckets, and drops buckets left empty.</summary>
    private void Forget(long entry, MinHashSignature signature)
    {
        for (var band = 0; band < _bands; band++)
        {
            var key = BandKey(signature, band);
            if (_buckets.TryGetValue(key, out var bucket))
            {
                bucket.Remove(entry);
                if (bucket.Count == 0)
                {
                    _buckets.Remove(key);
                }
            }
        }
    }

    private void CheckLength(MinHashSignature signature)
    {
        if (signature.Values.Length != _bands * Rows)
        {
            throw new ArgumentException(
                $"A signature of {signature.Values.Length} values does not fit {_bands} bands of {Rows} rows.", nameof(signature));
        }
    }

    private ulong BandKey(MinHashSignature signature, int band)
    {
        var key = Shingles.Mix((ulong)band + 1);
        var values = signature.Values.AsSpan().Slice(band * Rows, Rows);
        foreach (var value in values)
        {
            key = Shingles.Mix(key ^ value);
        }

        return key;
    }
}

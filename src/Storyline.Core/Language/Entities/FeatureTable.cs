namespace Storyline.Core.Language.Entities;

/// <summary>
/// Maps feature keys to weight rows with open addressing (linear probing, load at most one half),
/// so that looking up a token's features allocates nothing. Key 0 marks an empty slot.
/// </summary>
internal sealed class FeatureTable
{
    // Key and row side by side: a lookup touches one cache line, not two.
    private readonly Entry[] _entries;
    private readonly int _mask;

    // One bit per 2^FilterBits buckets of the key's high bits, small enough to stay in cache: most
    // features of new text are absent from the model, and this answers them without touching the
    // large entry array.
    private readonly ulong[] _filter;
    private readonly int _filterShift;

    /// <param name="keys">Distinct non-zero keys; key i gets row i.</param>
    public FeatureTable(IReadOnlyList<ulong> keys)
    {
        var capacity = 16;
        while (capacity < keys.Count * 2)
        {
            capacity *= 2;
        }

        _entries = new Entry[capacity];
        _mask = capacity - 1;
        var filterBits = Math.Max(12, System.Numerics.BitOperations.Log2((uint)capacity) + 2);
        _filter = new ulong[(1 << filterBits) / 64];
        _filterShift = 64 - filterBits;
        foreach (var key in keys)
        {
            var bucket = (int)(key >> _filterShift);
            _filter[bucket >> 6] |= 1ul << (bucket & 63);
        }

        for (var row = 0; row < keys.Count; row++)
        {
            var slot = (int)(keys[row] & (ulong)_mask);
            while (_entries[slot].Key != 0)
            {
                if (_entries[slot].Key == keys[row])
                {
                    throw new ArgumentException($"Feature key {keys[row]:x} appears twice.", nameof(keys));
                }

                slot = (slot + 1) & _mask;
            }

            _entries[slot] = new Entry(keys[row], row);
        }

        Count = keys.Count;
    }

    public int Count { get; }

    /// <summary>The row of <paramref name="key"/>, or -1 for a feature the model never saw.</summary>
    public int Find(ulong key)
    {
        var bucket = (int)(key >> _filterShift);
        if ((_filter[bucket >> 6] & (1ul << (bucket & 63))) == 0)
        {
            return -1;
        }

        var entries = _entries;
        var slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ref readonly var entry = ref entries[slot];
            if (entry.Key == key)
            {
                return entry.Row;
            }

            if (entry.Key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private readonly record struct Entry(ulong Key, int Row);
}

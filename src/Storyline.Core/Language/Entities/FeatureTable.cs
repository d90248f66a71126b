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

namespace Storyline.Core.Language.Entities;

/// <summary>
/// Maps feature keys to weight rows with open addressing (linear probing, load at most one half),
/// so that looking up a token's features allocates nothing. Key 0 marks an empty slot.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    /// <param name="keys">Distinct non-zero keys; key i gets row i.</param>
    public FeatureTable(IReadOnlyList<ulong> keys)
    {
        var capacity = 16;
        while (capacity < keys.Count * 2)
        {
            capacity *= 2;
        }

        _keys = new ulong[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
        for (var row = 0; row < keys.Count; row++)
        {
            var slot = (int)(keys[row] & (ulong)_mask);
            while (_keys[slot] != 0)
            {
                if (_keys[slot] == keys[row])
                {
                    throw new ArgumentException($"Feature key {keys[row]:x} appears twice.", nameof(keys));
                }

                slot = (slot + 1) & _mask;
            }

            _keys[slot] = keys[row];
            _rows[slot] = row;
        }

        Count = keys.Count;
    }

    public int Count { get; }

    /// <summary>The row of <paramref name="key"/>, or -1 for a feature the model never saw.</summary>
    public int Find(ulong key)
    {
        var slot = (int)(key & (ulong)_mask);
        while (true)
        {
            var found = _keys[slot];
            if (found == key)
            {
                return _rows[slot];
            }

            if (found == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }
}

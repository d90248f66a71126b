using System.Collections.Immutable;

namespace Storyline.Core.Stories;

/// <summary>
/// Computes MinHash signatures with <see cref="HashCount"/> hash functions h_i(x) = mix(x xor seed_i),
/// seeds drawn from a fixed generator so signatures are comparable across runs and processes.
/// </summary>
public sealed class MinHasher
{
    private readonly ulong[] _seeds;

    public MinHasher(int hashCount = 128, ulong seed = 0x5eed5704_11e5UL)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hashCount, 1);
        _seeds = new ulong[hashCount];
        var state = seed;
        for (var i = 0; i < hashCount; i++)
        {
            state += 0x9e3779b97f4a7c15UL;
            _seeds[i] = Shingles.Mix(state);
        }
    }

    public int HashCount => _seeds.Length;

    /// <summary>The signature of a shingle set; an empty set gives all ulong.MaxValue, which matches nothing.</summary>
    public MinHashSignature Sign(IEnumerable<ulong> shingles)
    {
        var minima = new ulong[_seeds.Length];
        Array.Fill(minima, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < minima.Length; i++)
            {
                var hash = Shingles.Mix(shingle ^ _seeds[i]);
                if (hash < minima[i])
                {
                    minima[i] = hash;
                }
            }
        }

        return new MinHashSignature(ImmutableArray.Create(minima));
    }

    public MinHashSignature Sign(string text) => Sign(Shingles.Of(text));
}

using System.Collections.Immutable;

namespace Storyline.Core.Stories;

/// <summary>
/// A MinHash signature: for each of k hash functions, the least hash over a text's shingles.
/// The share of positions where two signatures agree estimates the Jaccard similarity of the two
/// shingle sets (standard error about sqrt(J(1-J)/k)).
/// </summary>
public sealed record MinHashSignature(ImmutableArray<ulong> Values)
{
    public double EstimateJaccard(MinHashSignature other)
    {
        if (other.Values.Length != Values.Length)
        {
            throw new ArgumentException($"Signatures of different lengths ({Values.Length} and {other.Values.Length}) cannot be compared.", nameof(other));
        }

        if (Values.IsEmpty)
        {
            return 0;
        }

        var equal = 0;
        for (var i = 0; i < Values.Length; i++)
        {
            if (Values[i] == other.Values[i] && Values[i] != ulong.MaxValue)
            {
                equal++;
            }
        }

        return equal / (double)Values.Length;
    }
}

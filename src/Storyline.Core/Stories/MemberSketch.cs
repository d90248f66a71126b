namespace Storyline.Core.Stories;

/// <summary>
/// A story member's heaviest terms (by TF-IDF when it joined) as parallel sorted arrays: enough to
/// tell whether a new article retells this member, at a tenth of the memory of its full vector.
/// </summary>
internal sealed class MemberSketch
{
    private readonly int[] _terms;
    private readonly float[] _weights;

    private MemberSketch(int[] terms, float[] weights)
    {
        _terms = terms;
        _weights = weights;
    }

    public static MemberSketch Of(Dictionary<int, float> text, int maximumTerms, TermStatistics statistics)
    {
        var kept = text.OrderByDescending(p => p.Value * statistics.Idf(p.Key)).ThenBy(p => p.Key).Take(maximumTerms).OrderBy(p => p.Key).ToArray();
        return new MemberSketch([.. kept.Select(p => p.Key)], [.. kept.Select(p => p.Value)]);
    }

    /// <summary>IDF-weighted cosine of this sketch and a full vector whose norm is <paramref name="vectorNorm"/>.</summary>
    public double Cosine(Dictionary<int, float> vector, double vectorNorm, TermStatistics statistics)
    {
        var dot = 0.0;
        var norm = 0.0;
        for (var i = 0; i < _terms.Length; i++)
        {
            var idf = statistics.Idf(_terms[i]);
            var weighted = _weights[i] * idf;
            norm += weighted * weighted;
            if (vector.TryGetValue(_terms[i], out var other))
            {
                dot += weighted * other * idf;
            }
        }

        return dot == 0 ? 0 : dot / (Math.Sqrt(norm) * vectorNorm);
    }

    /// <summary>IDF-weighted cosine of two sketches (a merge join over the sorted terms), given their norms.</summary>
    public double Cosine(MemberSketch other, double norm, double otherNorm, TermStatistics statistics)
    {
        var dot = 0.0;
        for (int i = 0, j = 0; i < _terms.Length && j < other._terms.Length;)
        {
            if (_terms[i] < other._terms[j])
            {
                i++;
            }
            else if (_terms[i] > other._terms[j])
            {
                j++;
            }
            else
            {
                var idf = statistics.Idf(_terms[i]);
                dot += _weights[i] * other._weights[j] * idf * idf;
                i++;
                j++;
            }
        }

        return dot == 0 ? 0 : dot / (norm * otherNorm);
    }

    public double Norm(TermStatistics statistics)
    {
        var sum = 0.0;
        for (var i = 0; i < _terms.Length; i++)
        {
            var weighted = _weights[i] * statistics.Idf(_terms[i]);
            sum += weighted * weighted;
        }

        return Math.Sqrt(sum);
    }
}

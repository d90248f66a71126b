namespace Storyline.Core.Language.Entities;

/// <summary>
/// Best BILOU tag sequence under emission and transition scores, never producing an invalid
/// sequence (an I- or L- tag that continues nothing, or an entity left open at the end).
/// </summary>
internal static class Viterbi
{
    private const int T = BilouTags.Count;

    private static readonly bool[] Allowed = BuildAllowed();

    /// <param name="emissions">Scores of token i and tag t at [i * Count + t].</param>
    /// <param name="transitions">Scores of tag a followed by tag b at [a * Count + b].</param>
    public static int[] Decode(ReadOnlySpan<float> emissions, int length, ReadOnlySpan<float> transitions, ReadOnlySpan<float> start, ReadOnlySpan<float> end)
    {
        var tags = new int[length];
        if (length == 0)
        {
            return tags;
        }

        var score = new float[length * T];
        var back = new int[length * T];
        for (var t = 0; t < T; t++)
        {
            score[t] = BilouTags.CanFollow(-1, t) ? start[t] + emissions[t] : float.NegativeInfinity;
        }

        for (var i = 1; i < length; i++)
        {
            var row = i * T;
            var previousRow = row - T;
            for (var t = 0; t < T; t++)
            {
                var best = float.NegativeInfinity;
                var bestFrom = 0;
                for (var p = 0; p < T; p++)
                {
                    if (!Allowed[(p * T) + t])
                    {
                        continue;
                    }

                    var candidate = score[previousRow + p] + transitions[(p * T) + t];
                    if (candidate > best)
                    {
                        best = candidate;
                        bestFrom = p;
                    }
                }

                score[row + t] = best + emissions[row + t];
                back[row + t] = bestFrom;
            }
        }

        var lastRow = (length - 1) * T;
        var bestLast = 0;
        var bestScore = float.NegativeInfinity;
        for (var t = 0; t < T; t++)
        {
            var candidate = BilouTags.CanEnd(t) ? score[lastRow + t] + end[t] : float.NegativeInfinity;
            if (candidate > bestScore)
            {
                bestScore = candidate;
                bestLast = t;
            }
        }

        tags[length - 1] = bestLast;
        for (var i = length - 1; i > 0; i--)
        {
            tags[i - 1] = back[(i * T) + tags[i]];
        }

        return tags;
    }

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[T * T];
        for (var p = 0; p < T; p++)
        {
            for (var t = 0; t < T; t++)
            {
                allowed[(p * T) + t] = BilouTags.CanFollow(p, t);
            }
        }

        return allowed;
    }
}

using System.Collections.Immutable;
using Storyline.Core.Model;

namespace Storyline.Eval.Time;

/// <summary>
/// The TempEval-3 timex scorer (UzZaman et al. 2013; TE3-evaluation.py with evaluate_entities.py):
/// <list type="bullet">
/// <item>The creation time (TE-3's t0) is not scored: it is never a gold timex, and system timexes
/// overlapping an in-text creation time (MEANTIME's dateline) are dropped.</item>
/// <item>Relaxed match: a gold and a system timex whose extents overlap by at least one character.
/// TE-3 aligns them with TimeML-Normalizer, which gives overlapping entities one id; here each gold
/// timex is aligned one-to-one, in text order, with the unaligned system timex it overlaps most.</item>
/// <item>Strict match: an aligned pair with exactly the same extent.</item>
/// <item>P = matches / system timexes, R = matches / gold timexes, micro-averaged over all files.</item>
/// <item>Value (and type) F1: the attribute's accuracy over relaxed matches times the relaxed F1,
/// i.e. P = accuracy × relaxed P and R = accuracy × relaxed R, as the toolkit prints them.</item>
/// </list>
/// </summary>
public static class TimexScorer
{
    public static string TypeName(TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };

    /// <summary>Aligns one document's system timexes to its gold timexes.</summary>
    public static ImmutableArray<TimexMatch> Align(
        IReadOnlyList<GoldTimex> gold, IReadOnlyList<TimeExpression> system, IReadOnlyList<TextRange> excluded)
    {
        var scored = system.Where(s => !excluded.Any(e => e.Overlaps(s.Range))).ToList();
        var used = new bool[scored.Count];
        var matches = ImmutableArray.CreateBuilder<TimexMatch>();
        foreach (var g in gold)
        {
            var best = -1;
            var bestOverlap = 0;
            for (var k = 0; k < scored.Count; k++)
            {
                if (used[k] || !scored[k].Range.Overlaps(g.Range))
                {
                    continue;
                }

                var overlap = Math.Min(g.Range.End, scored[k].Range.End) - Math.Max(g.Range.Start, scored[k].Range.Start);
                if (overlap > bestOverlap)
                {
                    best = k;
                    bestOverlap = overlap;
                }
            }

            if (best >= 0)
            {
                used[best] = true;
            }

            matches.Add(new TimexMatch(g, best >= 0 ? scored[best] : null));
        }

        for (var k = 0; k < scored.Count; k++)
        {
            if (!used[k])
            {
                matches.Add(new TimexMatch(null, scored[k]));
            }
        }

        return matches.ToImmutable();
    }

    public static TimexScore Score(IEnumerable<TimexMatch> matches)
    {
        int gold = 0, system = 0, strict = 0, relaxed = 0, value = 0, type = 0;
        foreach (var match in matches)
        {
            gold += match.Gold is null ? 0 : 1;
            system += match.System is null ? 0 : 1;
            if (match.Gold is null || match.System is null)
            {
                continue;
            }

            relaxed++;
            strict += match.IsStrict ? 1 : 0;
            value += match.ValueMatches ? 1 : 0;
            type += match.TypeMatches ? 1 : 0;
        }

        return new TimexScore(gold, system, strict, relaxed, value, type);
    }
}

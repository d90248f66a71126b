using Storyline.Core.Model;

namespace Storyline.Eval.Attributions;

/// <summary>
/// The span metrics of Citron's <c>metrics.py</c> (BBC R&amp;D; the scores published for PARC 3.0),
/// reproduced over Storyline's tokens:
/// <list type="bullet">
/// <item>cue exact: a predicted cue counts when some gold cue has the same start and end (and a gold cue is
///   found when some predicted cue matches it);</item>
/// <item>source exact: a prediction counts when its cue overlaps a gold cue (Citron's test,
///   <c>a.start &lt;= b.end and a.end &gt; b.start</c> on token indices) and its source spans equal that
///   gold attribution's source spans;</item>
/// <item>overlap: tokens shared between predicted and gold spans, summed over every pair of predicted and
///   gold attributions; precision divides by the predicted tokens, recall by the gold tokens.</item>
/// </list>
/// Spans are turned into token ranges: the tokens of the text that the span touches.
/// </summary>
public static class AttributionScorer
{
    public static AttributionScore Score(IEnumerable<(IReadOnlyList<TokenSpans> Gold, IReadOnlyList<TokenSpans> Predicted)> articles)
    {
        var cueExact = new ExactCounts();
        var sourceExact = new ExactCounts();
        var cueOverlap = new OverlapCounts();
        var sourceOverlap = new OverlapCounts();
        var contentOverlap = new OverlapCounts();
        int gold = 0, predicted = 0;
        foreach (var (goldList, predictedList) in articles)
        {
            gold += goldList.Count;
            predicted += predictedList.Count;
            cueExact.Add(
                predictedList.Count(p => goldList.Any(g => SameSpans(p.Cue, g.Cue))),
                predictedList.Count(p => !goldList.Any(g => SameSpans(p.Cue, g.Cue))),
                goldList.Count(g => !predictedList.Any(p => SameSpans(p.Cue, g.Cue))));
            bool SourceMatch(TokenSpans p, TokenSpans g) => CuesOverlap(p.Cue, g.Cue) && SameSpans(p.Sources, g.Sources);
            sourceExact.Add(
                predictedList.Count(p => goldList.Any(g => SourceMatch(p, g))),
                predictedList.Count(p => !goldList.Any(g => SourceMatch(p, g))),
                goldList.Count(g => !predictedList.Any(p => SourceMatch(p, g))));
            foreach (var p in predictedList)
            {
                foreach (var g in goldList)
                {
                    cueOverlap.Overlap += Overlap(p.Cue, g.Cue);
                    sourceOverlap.Overlap += Overlap(p.Sources, g.Sources);
                    contentOverlap.Overlap += Overlap(p.Content, g.Content);
                }

                cueOverlap.Predicted += Length(p.Cue);
                sourceOverlap.Predicted += Length(p.Sources);
                contentOverlap.Predicted += Length(p.Content);
            }

            foreach (var g in goldList)
            {
                cueOverlap.Gold += Length(g.Cue);
                sourceOverlap.Gold += Length(g.Sources);
                contentOverlap.Gold += Length(g.Content);
            }
        }

        return new AttributionScore(gold, predicted, cueExact.Score(), sourceExact.Score(), cueOverlap.Score(), sourceOverlap.Score(), contentOverlap.Score());
    }

    private static bool SameSpans(IReadOnlyList<(int Start, int End)> a, IReadOnlyList<(int Start, int End)> b) =>
        a.Count == b.Count && a.Zip(b).All(pair => pair.First == pair.Second);

    /// <summary>Citron's are_overlapping_spans on the first span of each cue: the test that aligns a prediction with a gold attribution.</summary>
    public static bool CuesOverlap(IReadOnlyList<(int Start, int End)> a, IReadOnlyList<(int Start, int End)> b) =>
        a.Count > 0 && b.Count > 0 && a[0].Start <= b[0].End && a[0].End > b[0].Start;

    private static int Overlap(IReadOnlyList<(int Start, int End)> a, IReadOnlyList<(int Start, int End)> b)
    {
        var total = 0;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                var start = Math.Min(x.End, Math.Max(x.Start, y.Start));
                var end = Math.Max(x.Start, Math.Min(x.End, y.End));
                total += end - start;
            }
        }

        return total;
    }

    private static int Length(IReadOnlyList<(int Start, int End)> spans) => spans.Sum(s => s.End - s.Start);

    private sealed class ExactCounts
    {
        private int _tp;
        private int _fp;
        private int _fn;

        public void Add(int tp, int fp, int fn)
        {
            _tp += tp;
            _fp += fp;
            _fn += fn;
        }

        public PrecisionRecallF1 Score() => PrecisionRecallF1.From(
            _tp + _fp == 0 ? 0 : (double)_tp / (_tp + _fp),
            _tp + _fn == 0 ? 0 : (double)_tp / (_tp + _fn));
    }

    private sealed class OverlapCounts
    {
        public int Overlap { get; set; }

        public int Predicted { get; set; }

        public int Gold { get; set; }

        public PrecisionRecallF1 Score() => PrecisionRecallF1.From(
            Predicted == 0 ? 0 : (double)Overlap / Predicted,
            Gold == 0 ? 0 : (double)Overlap / Gold);
    }
}

/// <summary>An attribution's cue, sources and content as token index ranges [Start, End).</summary>
public sealed record TokenSpans(
    IReadOnlyList<(int Start, int End)> Cue,
    IReadOnlyList<(int Start, int End)> Sources,
    IReadOnlyList<(int Start, int End)> Content)
{
    /// <summary>Token ranges covering character spans: every token a span touches.</summary>
    public static IReadOnlyList<(int Start, int End)> Of(IReadOnlyList<TextRange> spans, IReadOnlyList<Token> tokens) =>
        spans.Select(span => TokenRange(span, tokens)).Where(r => r.End > r.Start).ToList();

    private static (int Start, int End) TokenRange(TextRange span, IReadOnlyList<Token> tokens)
    {
        var first = LowerBound(tokens, span.Start);
        var end = first;
        while (end < tokens.Count && tokens[end].Range.Start < span.End)
        {
            end++;
        }

        return (first, end);
    }

    /// <summary>The first token ending after <paramref name="offset"/>.</summary>
    private static int LowerBound(IReadOnlyList<Token> tokens, int offset)
    {
        int low = 0, high = tokens.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Range.End <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}

public sealed record PrecisionRecallF1(double Precision, double Recall, double F1)
{
    public static PrecisionRecallF1 From(double precision, double recall) =>
        new(precision * 100, recall * 100, precision + recall == 0 ? 0 : 200 * precision * recall / (precision + recall));
}

public sealed record AttributionScore(
    int Gold,
    int Predicted,
    PrecisionRecallF1 CueExact,
    PrecisionRecallF1 SourceExact,
    PrecisionRecallF1 CueOverlap,
    PrecisionRecallF1 SourceOverlap,
    PrecisionRecallF1 ContentOverlap);

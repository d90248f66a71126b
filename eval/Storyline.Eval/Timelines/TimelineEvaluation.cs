using Storyline.Eval.Rouge;

namespace Storyline.Eval.Timelines;

/// <summary>Macro averages over timeline pairs, each system timeline scored against its one gold timeline.</summary>
public sealed record TimelineEvaluationResult(
    int Timelines,
    PrecisionRecall Concat1,
    PrecisionRecall Concat2,
    PrecisionRecall Agreement1,
    PrecisionRecall Agreement2,
    PrecisionRecall Align1,
    PrecisionRecall Align2,
    PrecisionRecall Dates,
    double ConcatF1,
    double ConcatF2,
    double AgreementF1,
    double AgreementF2,
    double AlignF1,
    double AlignF2,
    double DateF1);

/// <summary>
/// Scores every pair and averages per timeline, as the TLS literature reports (Ghalandari and Ifrim
/// 2020): the F of each measure is averaged, not recomputed from averaged P and R.
/// </summary>
public static class TimelineEvaluation
{
    public static TimelineEvaluationResult Run(IReadOnlyList<TimelinePair> pairs, RougeOptions options)
    {
        var evaluator = new TimelineEvaluator(options);
        var scores = pairs.Select(p => evaluator.Evaluate(Timeline.Read(p.SystemPath), [Timeline.Read(p.GoldPath)])).ToList();
        PrecisionRecall Mean(Func<TimelineScores, PrecisionRecall> pick) =>
            scores.Count == 0 ? default : new(scores.Average(s => pick(s).Precision), scores.Average(s => pick(s).Recall));
        double MeanF(Func<TimelineScores, PrecisionRecall> pick) => scores.Count == 0 ? 0 : scores.Average(s => pick(s).F1);
        return new TimelineEvaluationResult(
            scores.Count,
            Mean(s => s.Concat[0]), Mean(s => s.Concat[1]),
            Mean(s => s.Agreement[0]), Mean(s => s.Agreement[1]),
            Mean(s => s.AlignManyToOne[0]), Mean(s => s.AlignManyToOne[1]),
            Mean(s => s.Dates),
            MeanF(s => s.Concat[0]), MeanF(s => s.Concat[1]),
            MeanF(s => s.Agreement[0]), MeanF(s => s.Agreement[1]),
            MeanF(s => s.AlignManyToOne[0]), MeanF(s => s.AlignManyToOne[1]),
            MeanF(s => s.Dates));
    }
}

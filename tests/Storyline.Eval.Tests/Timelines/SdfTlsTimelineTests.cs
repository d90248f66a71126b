using Storyline.Eval.Rouge;
using Storyline.Eval.Timelines;

namespace Storyline.Eval.Tests.Timelines;

/// <summary>
/// The tls-gold set ships SDF-TLS's best system timelines but no score files for them, so there is
/// no published number to reproduce; these checks pin the measures on the real timelines instead:
/// every gold timeline scores 1 against itself, every system timeline pairs with a gold one, and
/// system scores are valid, non-trivial and ordered as the measures imply (exact-day agreement can
/// never beat the alignment that also credits near days).
/// </summary>
public sealed class SdfTlsTimelineTests
{
    [Theory]
    [InlineData("TL17_bestds", 19)]
    [InlineData("TL17_bestsumm", 19)]
    [InlineData("CRISIS_bestds", 22)]
    [InlineData("CRISIS_bestsumm", 22)]
    public void System_timelines_pair_with_gold_and_score_sensibly(string system, int expectedPairs)
    {
        var gold = SharedData.Path("timelines", "tls-gold", "gold_timelines");
        var pairs = TimelinePairs.Match(gold, SharedData.Path("timelines", "tls-gold", "sdf_tls_system_outputs", system));
        Assert.Equal(expectedPairs, pairs.Count);

        var evaluator = new TimelineEvaluator(new RougeOptions { Stem = true });
        foreach (var pair in pairs)
        {
            var reference = Timeline.Read(pair.GoldPath);
            var self = evaluator.Evaluate(reference, [reference]);
            Assert.Equal(1, self.AlignManyToOne[0].F1, 9);
            Assert.Equal(1, self.Dates.F1, 9);

            var scores = evaluator.Evaluate(Timeline.Read(pair.SystemPath), [reference]);
            var all = scores.Concat.Concat(scores.Agreement).Concat(scores.AlignManyToOne).Append(scores.Dates).ToList();
            Assert.All(all, s => Assert.InRange(s.F1, 0, 1));
            Assert.True(scores.AlignManyToOne[0].Recall >= scores.Agreement[0].Recall - 1e-12, $"{pair.SystemPath}: align recall below agreement");
            Assert.True(scores.Concat[0].F1 > 0, $"{pair.SystemPath}: no unigram overlap at all");
        }
    }
}

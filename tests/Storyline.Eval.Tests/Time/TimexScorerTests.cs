using Storyline.Core.Model;
using Storyline.Eval.Time;

namespace Storyline.Eval.Tests.Time;

public sealed class TimexScorerTests
{
    // A fictional wire story in TimeML, written for these tests.
    private const string Gold = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>KESTREL-001</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2026-03-12" temporalFunction="false" functionInDocument="CREATION_TIME">March 12, 2026</TIMEX3></DCT>
        <TEXT>
        The Velm &amp; Lomar ferry <EVENT eid="e1" class="OCCURRENCE">sank</EVENT> <TIMEX3 tid="t1" type="DATE" value="2026-03-10">Tuesday night</TIMEX3>. Divers searched for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> and will stop <TIMEX3 tid="t3" type="DATE" value="2026-03-13">tomorrow</TIMEX3>. The route opened in <TIMEX3 tid="t4" type="DATE" value="1998">1998</TIMEX3>.
        </TEXT>
        </TimeML>
        """;

    private static TimeExpression System(TimeMlDocument document, string text, TimexType type, string value)
    {
        var start = document.Text.IndexOf(text, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{text}' is not in the text");
        return new TimeExpression(new TextRange(start, start + text.Length), text, type, value);
    }

    [Fact]
    public void The_reader_strips_tags_decodes_entities_and_leaves_the_creation_time_out()
    {
        var document = TimeMlReader.ParseTimeMl("kestrel", Gold);

        Assert.Equal(new DateOnly(2026, 3, 12), document.CreationTime);
        Assert.Contains("The Velm & Lomar ferry sank Tuesday night.", document.Text);
        Assert.Equal(["Tuesday night", "three days", "tomorrow", "1998"], document.Timexes.Select(t => t.Text));
        Assert.All(document.Timexes, t => Assert.Equal(t.Text, t.Range.Of(document.Text)));
        Assert.Equal(("DURATION", "P3D"), (document.Timexes[1].Type, document.Timexes[1].Value));
        Assert.Empty(document.Excluded);
    }

    [Fact]
    public void Strict_relaxed_and_value_scores_follow_tempeval3()
    {
        var document = TimeMlReader.ParseTimeMl("kestrel", Gold);
        TimeExpression[] system =
        [
            System(document, "Tuesday", TimexType.Date, "2026-03-10"),     // relaxed only, right value
            System(document, "three days", TimexType.Duration, "P3D"),     // strict, right value
            System(document, "tomorrow", TimexType.Date, "2026-03-14"),    // strict, wrong value
            System(document, "ferry", TimexType.Date, "2026-03-12"),       // spurious
        ];

        var score = TimexScorer.Score(TimexScorer.Align(document.Timexes, system, document.Excluded));

        Assert.Equal((4, 4, 2, 3, 2, 3), (score.Gold, score.System, score.StrictMatches, score.RelaxedMatches, score.ValueMatches, score.TypeMatches));
        Assert.Equal(50, score.StrictPrecision, 6);
        Assert.Equal(50, score.StrictRecall, 6);
        Assert.Equal(75, score.RelaxedF1, 6);
        // Value accuracy 2/3 over relaxed matches, times relaxed P = R = 75%.
        Assert.Equal(50, score.ValuePrecision, 6);
        Assert.Equal(50, score.ValueRecall, 6);
        Assert.Equal(50, score.ValueF1, 6);
        Assert.Equal(100, score.TypeAccuracy, 6);
    }

    [Fact]
    public void One_system_timex_matches_at_most_one_gold_timex()
    {
        var document = TimeMlReader.ParseTimeMl("kestrel", Gold);
        var wide = new TimeExpression(
            new TextRange(document.Timexes[0].Range.Start, document.Timexes[2].Range.End), "wide", TimexType.Date, "2026-03-10");

        var score = TimexScorer.Score(TimexScorer.Align(document.Timexes, [wide], []));

        Assert.Equal((1, 1), (score.System, score.RelaxedMatches));
        Assert.Equal(25, score.RelaxedRecall, 6);
        Assert.Equal(100, score.RelaxedPrecision, 6);
    }

    [Fact]
    public void System_timexes_over_an_excluded_span_are_not_counted()
    {
        var document = TimeMlReader.ParseTimeMl("kestrel", Gold);
        var dateline = System(document, "The Velm", TimexType.Date, "2026-03-12");

        var score = TimexScorer.Score(TimexScorer.Align(document.Timexes, [dateline], [dateline.Range]));

        Assert.Equal((4, 0), (score.Gold, score.System));
    }

    [Fact]
    public void Nothing_found_scores_zero_without_dividing_by_zero()
    {
        var score = TimexScorer.Score(TimexScorer.Align(TimeMlReader.ParseTimeMl("kestrel", Gold).Timexes, [], []));
        Assert.Equal((0d, 0d, 0d), (score.RelaxedPrecision, score.ValueF1, score.StrictF1));
    }
}

using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using Storyline.Core.Model;
using static Storyline.Core.Tests.Language.Time.TimeStageTests;

namespace Storyline.Core.Tests.Language.Time;

public sealed partial class TimePropertyTests
{
    /// <summary>The TIMEX3 value shapes the recogniser may produce.</summary>
    [GeneratedRegex(@"^(PRESENT_REF|PAST_REF|FUTURE_REF|(\d{2,4}|X{2,4})(-(\d{2}|XX|W\d{2}|WXX|Q[1-4X]|H[12]|SP|SU|FA|WI)(-(\d{2}|XX|WE|[1-7]))?)?(T(\d{2}:\d{2}Z?|MO|AF|EV|NI))?)$")]
    private static partial Regex PointValue();

    [GeneratedRegex(@"^P((\d+|X)(Y|M|W|D|Q|DE|CE|WE)|T(\d+|X)(H|M|S))$")]
    private static partial Regex DurationValue();

    private static readonly Gen<string> Words = Gen.OneOf(
        Gen.OneOf(
            "on", "Tuesday", "March", "May", "3", "3rd", "2026", "1990s", "'90s", "mid-1990s", "last", "next", "this", "the", "past",
            "a", "few", "three", "twenty", "four", "hours", "week", "weeks", "ago", "later", "earlier", "since", "until", "will", "said",
            "p.m.", "3:30", "15:00", "9.40pm", "GMT", "every", "daily", "quarter", "third-quarter", "two-year", "summer", "fall", "of",
            "late", "early", "mid", "the end of", "more", "than", "about", "at", "least", "now", "recently", "year-earlier", "fiscal",
            "tonight", "yesterday", "morning", "night", "overnight", "noon", "Q3", "03/03/2026", "2026-02-30", "31/31/2031", "99:99",
            ",", ".", "-", "'", "\n", "\u0000", "\u200B", "日本", "$", "%", "0", "00000", "12 a.m.", "0 p.m."),
        Gen.String[Gen.Char, 0, 12],
        Gen.Int[0, 3000].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static readonly Gen<string> Texts = Words.Array[0, 40].Select(words => string.Join(" ", words));

    [Fact]
    public void Random_text_never_throws_and_every_expression_is_well_formed()
    {
        Gen.Select(Texts, Gen.Bool).Sample((text, anchored) =>
        {
            var document = Annotate(text, anchored ? Published : null);
            foreach (var time in document.Get(Layers.TimeExpressions))
            {
                Assert.InRange(time.Range.Start, 0, text.Length);
                Assert.InRange(time.Range.End, time.Range.Start + 1, text.Length);
                Assert.Equal(time.Text, document.TextOf(time));
                var pattern = time.Type == TimexType.Duration ? DurationValue() : time.Type == TimexType.Set ? null : PointValue();
                Assert.True(
                    pattern?.IsMatch(time.Value) ?? (PointValue().IsMatch(time.Value) || DurationValue().IsMatch(time.Value)),
                    $"'{time.Text}' has the malformed {time.Type} value '{time.Value}' in: {text}");
            }
        }, iter: 3000);
    }

    [Fact]
    public void Expressions_do_not_overlap_and_come_in_text_order()
    {
        Texts.Sample(text =>
        {
            var times = Annotate(text, Published).Get(Layers.TimeExpressions);
            for (var i = 1; i < times.Length; i++)
            {
                Assert.True(times[i - 1].Range.End <= times[i].Range.Start, $"'{times[i - 1].Text}' overlaps '{times[i].Text}' in: {text}");
            }
        }, iter: 1000);
    }

    [Fact]
    public void A_huge_single_line_is_annotated_in_linear_time()
    {
        var line = new StringBuilder();
        while (line.Length < 2_000_000)
        {
            line.Append("the ferry left on Tuesday, March 3, 2026 at 3 p.m. and two days later 48 hours in the past week every day ");
        }

        var clock = Stopwatch.StartNew();
        var times = Annotate(line.ToString(), Published).Get(Layers.TimeExpressions);
        Assert.True(times.Length > 50_000, $"only {times.Length} expressions");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }
}

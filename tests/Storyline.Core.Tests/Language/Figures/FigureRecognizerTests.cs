using CsCheck;
using Storyline.Core.Language.Figures;
using Storyline.Core.Language.Sentences;
using Storyline.Core.Language.Tokens;
using Storyline.Core.Model;

namespace Storyline.Core.Tests.Language.Figures;

public sealed class FigureRecognizerTests
{
    private static IReadOnlyList<Figure> Figures(string text)
    {
        var tokens = Tokenizer.Default.Tokenize(text);
        return FigureRecognizer.Default.Recognize(text, tokens, SentenceSegmenter.Default.Split(text, tokens), []);
    }

    private static Figure Single(string text) => Assert.Single(Figures(text));

    [Theory]
    [InlineData("At least 1,200 people died.", "At least 1,200", 1200, 1200, double.PositiveInfinity, FigureBound.AtLeast)]
    [InlineData("The agency counted more than 3,000 dead.", "more than 3,000", 3000, 3000, double.PositiveInfinity, FigureBound.MoreThan)]
    [InlineData("Officials said about 2,500 had died.", "about 2,500", 2500, 2250, 2750, FigureBound.Approximately)]
    [InlineData("Up to 40 homes were lost.", "Up to 40", 40, 0, 40, FigureBound.UpTo)]
    [InlineData("Fewer than 90 remained.", "Fewer than 90", 90, 0, 90, FigureBound.FewerThan)]
    [InlineData("Between 50 and 90 rebels surrendered.", "Between 50 and 90", 50, 50, 90, FigureBound.Range)]
    [InlineData("The ministry counted 48,213 displaced people.", "48,213", 48213, 48213, 48213, FigureBound.Exact)]
    public void Reads_bounds_as_intervals(string text, string span, double value, double low, double high, FigureBound bound)
    {
        var figure = Single(text);
        Assert.Equal(span, figure.Text);
        Assert.Equal(value, figure.Value);
        Assert.Equal(low, figure.Low, 6);
        Assert.Equal(high, figure.High);
        Assert.Equal(bound, figure.Bound);
    }

    [Fact]
    public void Open_and_closed_ends_follow_the_wording()
    {
        var moreThan = Single("More than 5,000 fled.");
        Assert.True(moreThan.LowOpen);
        Assert.True(moreThan.HighOpen);
        var atLeast = Single("At least 5,000 fled.");
        Assert.False(atLeast.LowOpen);
        var fewer = Single("Fewer than 90 stayed.");
        Assert.True(fewer.HighOpen);
    }

    [Theory]
    [InlineData("The fund holds 1.2m dollars.", 1_200_000)]
    [InlineData("Donors pledged $1.5bn on Friday.", 1_500_000_000)]
    [InlineData("Some 2 million people need aid.", 2_000_000)]
    [InlineData("Seven soldiers were wounded.", 7)]
    [InlineData("Twenty-five villages were cut off.", 25)]
    [InlineData("A dozen boats capsized.", 12)]
    [InlineData("Two hundred thousand people fled.", 200_000)]
    [InlineData("Half a million people were displaced.", 500_000)]
    [InlineData("The lake rose by 45 percent.", 45)]
    [InlineData("Turnout was 60 per cent.", 60)]
    public void Reads_digits_words_and_scales(string text, double value) => Assert.Equal(value, Single(text).Value);

    [Fact]
    public void Fractions_are_shares_of_a_whole()
    {
        var figure = Single("Two thirds of the district lost power.");
        Assert.Equal(2.0 / 3, figure.Value, 6);
        Assert.Equal("fraction", figure.Unit);
        Assert.Equal(0.25, Single("A quarter of the population fled.").Value);
    }

    [Theory]
    [InlineData("Tens of thousands fled the city.", 20_000, 10_000, 100_000)]
    [InlineData("Hundreds of homes were destroyed.", 200, 100, 1_000)]
    [InlineData("Several hundred civilians were trapped.", 300, 300, 900)]
    [InlineData("Dozens of people were hurt.", 24, 12, 120)]
    public void Vague_words_get_a_conservative_value_and_a_range(string text, double value, double low, double high)
    {
        var figure = Single(text);
        Assert.Equal(FigureBound.Vague, figure.Bound);
        Assert.Equal((value, low, high), (figure.Value, figure.Low, figure.High));
    }

    [Fact]
    public void Rounded_figures_carry_a_tolerance_and_exact_ones_none()
    {
        Assert.Equal(50, Single("They counted 1,200 tents.").Tolerance);
        Assert.Equal(0, Single("They counted 48,213 tents.").Tolerance);
        Assert.Equal(250, Single("They counted about 2,500 tents.").Tolerance);
    }

    [Theory]
    [InlineData("Aid worth $1.5bn arrived.", "dollar")]
    [InlineData("The bill was €40m.", "euro")]
    [InlineData("Rain fell for 30 hours.", "hour")]
    [InlineData("The road is 12 km long.", "kilometre")]
    [InlineData("Some 1,200 people were evacuated.", "people")]
    [InlineData("Rescuers found 13 more bodies.", "body")]
    [InlineData("Crude was at $58.24 per barrel.", "dollar per barrel")]
    [InlineData("Winds reached 155mph.", "mile per hour")]
    public void Finds_the_unit_or_the_counted_noun(string text, string unit) => Assert.Equal(unit, Single(text).Unit);

    [Fact]
    public void A_range_with_a_unit_on_each_end_is_one_figure()
    {
        var figure = Single("Estimates ranged from $200 to $4 million.");
        Assert.Equal(FigureBound.Range, figure.Bound);
        Assert.Equal((200, 4_000_000), (figure.Low, figure.High));
        Assert.Equal("dollar", figure.Unit);
    }

    [Fact]
    public void Rises_and_falls_are_changes_not_levels()
    {
        Assert.Equal(FigureChange.Increase, Single("The index rose 5%.").Change);
        Assert.Equal(FigureChange.Decrease, Single("Shares were down 19 cents.").Change);
        Assert.Equal(FigureChange.None, Single("The defence gave up 517 yards.").Change);
    }

    [Theory]
    [InlineData("The flood of 1998 was worse.")]
    [InlineData("The Big 12 conference met.")]
    [InlineData("Storm category 4 winds arrived.")]
    [InlineData("No one was hurt.")]
    [InlineData("One of them left.")]
    [InlineData("The final third of the match was dull.")]
    [InlineData("She flew a 787 Dreamliner.")]
    public void Years_codes_labels_and_pronouns_are_not_figures(string text) => Assert.Empty(Figures(text));

    [Fact]
    public void Ages_after_a_name_are_ages()
    {
        var figure = Single("Lena Marsh, 45, said the bridge had gone.");
        Assert.Equal("year of age", figure.Unit);
    }

    [Fact]
    public void Negative_figures_keep_their_sign()
    {
        Assert.Equal(-5, Single("The team finished at minus-5 yards.").Value);
        Assert.Equal(-12, Single("It fell to minus 12 degrees.").Value);
    }

    [Fact]
    public void Excluded_spans_hold_no_figures()
    {
        const string text = "On March 3, 300 people fled.";
        var tokens = Tokenizer.Default.Tokenize(text);
        var figures = FigureRecognizer.Default.Recognize(
            text, tokens, SentenceSegmenter.Default.Split(text, tokens), [new TextRange(3, 10)]);
        Assert.Equal(300, Assert.Single(figures).Value);
    }

    [Fact]
    public void Never_throws_and_keeps_spans_inside_the_text()
    {
        var chars = Gen.Char["0123456789 ,.-–$%€£abmkn toabouthundredthousandsmilliondozen\n"];
        Gen.Int[0, 120].SelectMany(length => chars.Array[length]).Select(a => new string(a)).Sample(text =>
        {
            foreach (var figure in Figures(text))
            {
                Assert.InRange(figure.Range.Start, 0, text.Length);
                Assert.InRange(figure.Range.End, figure.Range.Start, text.Length);
                Assert.True(figure.Low <= figure.High, $"{figure.Text}: {figure.Low} > {figure.High}");
            }
        });
    }

    [Fact]
    public void Random_unicode_never_throws()
    {
        Gen.String.Sample(text => _ = Figures(text));
    }
}

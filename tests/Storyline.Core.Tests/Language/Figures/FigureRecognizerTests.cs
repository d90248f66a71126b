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
    [InlineData("Tens of thousands fled the city.", 10_000, 10_000, 100_000)]
    [InlineData("Hundreds of homes were destroyed.", 100, 100, 1_000)]
    [InlineData("Several hundred civilians were trapped.", 300, 300, 900)]
    [InlineData("Dozens of people were hurt.", 12, 12, 120)]
    [InlineData("Tens of fishermen are missing.", 10, 10, 100)]
    [InlineData("Thousands marched in Port Aldane.", 1_000, 1_000, 10_000)]
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

    [Theory]
    [InlineData("Officials counted 27,419 ballots.", "27,419", 27_419)]
    [InlineData("The fund holds 1.2m dollars.", "1.2m dollars", 1_200_000)]
    [InlineData("Some 2 million people need aid.", "Some 2 million", 2_000_000)]
    [InlineData("Seven soldiers were wounded.", "Seven", 7)]
    [InlineData("A dozen boats capsized.", "A dozen", 12)]
    [InlineData("Two thirds of the district lost power.", "Two thirds", 2.0 / 3)]
    [InlineData("A quarter of the population fled.", "A quarter", 0.25)]
    [InlineData("Turnout reached 45 percent.", "45 percent", 45)]
    [InlineData("Turnout was 60 per cent.", "60 per cent", 60)]
    [InlineData("Donors pledged $1.5bn on Friday.", "$1.5bn", 1_500_000_000)]
    [InlineData("Between 50 and 90 rebels surrendered.", "Between 50 and 90", 50)]
    public void Reads_every_form_the_issue_names(string text, string span, double value)
    {
        var figure = Single(text);
        Assert.Equal(span, figure.Text);
        Assert.Equal(value, figure.Value, 9);
    }

    [Fact]
    public void A_conversion_in_brackets_carries_the_bound_and_direction()
    {
        var figures = Figures("The pump delivers just under 400 hp (298 kW) at full speed.");
        Assert.Equal(2, figures.Count);
        Assert.Equal(FigureBound.FewerThan, figures[1].Bound);
        Assert.Equal("kilowatt", figures[1].Unit);
        Assert.Equal(298, figures[1].High, 6);
        Assert.True(figures[1].HighOpen);

        var falls = Figures("Night temperatures dropped by 2 degrees Celsius (3.6 Fahrenheit) in Lanmere.");
        Assert.All(falls, f => Assert.Equal(FigureChange.Decrease, f.Change));
    }

    [Fact]
    public void A_bracket_that_is_not_a_conversion_keeps_its_own_bound()
    {
        var figures = Figures("More than 1,000 people (500 children) were moved.");
        Assert.Equal(FigureBound.MoreThan, figures[0].Bound);
        Assert.Equal(FigureBound.Exact, figures[1].Bound);
    }

    [Fact]
    public void A_hedged_range_keeps_its_ends_and_widens_the_tolerance()
    {
        var figure = Single("Each boat carried about 14-18 tonnes of maize.");
        Assert.Equal(FigureBound.Range, figure.Bound);
        Assert.True(figure.Approximate);
        Assert.Equal((14, 18), (figure.Low, figure.High));
        Assert.True(figure.Tolerance > 1);
        Assert.False(Single("Each boat carried 14-18 tonnes of maize.").Approximate);
    }

    [Fact]
    public void From_one_level_to_another_is_a_range_in_either_direction_and_not_a_change()
    {
        var rise = Single("The toll estimate jumped from 240 to 273.");
        Assert.Equal((240, 273, false), (rise.Low, rise.High, rise.Descending));
        Assert.Equal(FigureChange.None, rise.Change);

        var fall = Single("The forecast slowed from 4.8 to 4.7 percent.");
        Assert.Equal(FigureBound.Range, fall.Bound);
        Assert.Equal((4.7, 4.8, true), (fall.Low, fall.High, fall.Descending));
        Assert.Equal("percentage", fall.Unit);

        var merged = Single("His weight went from 208 kg to 193 over the season.");
        Assert.True(merged.Descending);
        Assert.Equal((193, 208), (merged.Low, merged.High));
    }

    [Theory]
    [InlineData("Only 1/16 of the aid arrived.", 1.0 / 16)]
    [InlineData("Only 1⁄32 of the grain was dry.", 1.0 / 32)]
    [InlineData("One in five homes in Lanmere flooded.", 0.2)]
    [InlineData("One out of three residents left.", 1.0 / 3)]
    public void Shares_written_with_a_slash_or_in_words_are_fractions(string text, double share)
    {
        var figure = Single(text);
        Assert.Equal(share, figure.Value, 9);
        Assert.Equal("fraction", figure.Unit);
    }

    [Theory]
    [InlineData("The service runs 24/7 in Port Aldane.")]
    [InlineData("She won one in 2019.")]
    public void Slashes_and_years_after_in_are_not_shares(string text) =>
        Assert.DoesNotContain(Figures(text), f => f.Unit == "fraction");

    [Fact]
    public void Glued_bounds_transliterated_pounds_and_pence_are_read()
    {
        var sub = Single("Chipmakers race to sub-7 designs.");
        Assert.Equal((FigureBound.FewerThan, 7.0, true), (sub.Bound, sub.High, sub.HighOpen));

        var pounds = Single("The package was worth up to PS2.7m.");
        Assert.Equal(("pound sterling", 2_700_000.0, FigureBound.UpTo), (pounds.Unit, pounds.Value, pounds.Bound));
        Assert.DoesNotContain(Figures("He bought a PS5 console."), f => f.Unit == "pound sterling");

        Assert.Equal("penny", Single("Shares in Lanmere Rail closed at 118.5p.").Unit);
    }

    [Fact]
    public void Vague_phrases_prefer_the_longest_scaled_reading()
    {
        var figure = Single("Hundreds of thousands fled Lanmere.");
        Assert.Equal((100_000, 100_000, 1_000_000), (figure.Value, figure.Low, figure.High));
        var odd = Single("They found 50-odd boats.");
        Assert.Equal((FigureBound.Approximately, 50.0, true), (odd.Bound, odd.Low, odd.LowOpen));
    }

    [Fact]
    public void A_glued_temperature_is_read_but_a_lone_capital_stays_a_name()
    {
        Assert.Equal("celsius", Single("Temperatures hit 40C in Lanmere.").Unit);
        Assert.Empty(Figures("The 5G masts went up."));
    }

    [Fact]
    public void A_clause_without_its_verb_keeps_the_direction_before_it()
    {
        var figures = Figures("Shares of Lanmere Rail were down 2.3%, Coastal Air by 2.6% on Monday.");
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal(FigureChange.Decrease, f.Change));
    }

    [Fact]
    public void A_bound_before_a_sign_is_found()
    {
        var figure = Single("It was about minus 40 degrees in Lanmere.");
        Assert.Equal((-40.0, FigureBound.Approximately), (figure.Value, figure.Bound));
        Assert.True(figure.Low <= figure.Value && figure.Value <= figure.High);
        Assert.Equal("dollar", Single("The balance fell to $-50.8bn.").Unit);
    }

    [Theory]
    [InlineData("He has averaged 7.3 points this season.", FigureBound.Approximately)]
    [InlineData("The stock trades on barely 6.5 times earnings.", FigureBound.Approximately)]
    [InlineData("It has over than 60% of the market.", FigureBound.MoreThan)]
    public void Means_and_hedges_are_approximations(string text, FigureBound bound) => Assert.Equal(bound, Single(text).Bound);

    [Fact]
    public void Codes_after_acronyms_are_not_negative_counts()
    {
        var figure = Single("Clinics ran 300 COVID -19 tests.");
        Assert.Equal(300, figure.Value);
    }

    [Fact]
    public void A_year_shaped_number_before_a_unit_is_a_measure_even_inside_a_time_expression()
    {
        const string text = "The 1520 sq m hall opened.";
        var tokens = Tokenizer.Default.Tokenize(text);
        var figure = Assert.Single(FigureRecognizer.Default.Recognize(
            text, tokens, SentenceSegmenter.Default.Split(text, tokens), [new TextRange(4, 8)]));
        Assert.Equal(("square metre", 1520.0), (figure.Unit, figure.Value));
    }

    [Fact]
    public void Grouped_numbers_before_a_capitalised_word_are_counts()
    {
        Assert.Equal(63_150, Single("Vela delivered 63,150 Model 3s in the quarter.").Value);
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

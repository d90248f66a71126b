using System.Globalization;
using CsCheck;
using Storyline.Core.Language.Figures;
using Storyline.Core.Language.Sentences;
using Storyline.Core.Language.Tokens;
using Storyline.Core.Model;

namespace Storyline.Core.Tests.Language.Figures;

/// <summary>Properties of the figure recogniser over generated text: intervals, spans and number round trips.</summary>
public sealed class FigureRecognizerPropertyTests
{
    private static readonly string[] Bounds =
        ["", "about ", "at least ", "more than ", "up to ", "fewer than ", "nearly ", "some ", "at most ", "between 3 and ", "minus ", "about minus ", "up to minus "];

    private static readonly string[] Units = ["", " people", " percent", " per cent", " km", "m", "bn", " million", " dollars", "%"];

    private static IReadOnlyList<Figure> Figures(string text)
    {
        var tokens = Tokenizer.Default.Tokenize(text);
        return FigureRecognizer.Default.Recognize(text, tokens, SentenceSegmenter.Default.Split(text, tokens), []);
    }

    [Fact]
    public void Every_figure_is_an_ordered_interval_around_its_value_with_its_span_in_the_text()
    {
        var numbers = Gen.OneOf(
            Gen.Int[0, 5_000_000].Select(n => n.ToString("N0", CultureInfo.InvariantCulture)),
            Gen.Double[0, 1000].Select(d => d.ToString("F2", CultureInfo.InvariantCulture)),
            Gen.OneOf("seven", "a dozen", "two thirds of", "tens of thousands", "hundreds", "half a million", "twenty-five"));
        var sentences = Gen.Select(Gen.OneOf(Bounds), numbers, Gen.OneOf(Units), (bound, number, unit) => $"Officials said {bound}{number}{unit} were counted.");
        sentences.Sample(text =>
        {
            foreach (var figure in Figures(text))
            {
                Assert.InRange(figure.Range.Start, 0, text.Length);
                Assert.InRange(figure.Range.End, figure.Range.Start + 1, text.Length);
                Assert.Equal(text[figure.Range.Start..figure.Range.End], figure.Text);
                Assert.True(figure.Low <= figure.Value && figure.Value <= figure.High, $"{text}: {figure.Low} <= {figure.Value} <= {figure.High}");
                Assert.True(figure.Tolerance >= 0, $"{text}: tolerance {figure.Tolerance}");
                Assert.False(double.IsNaN(figure.Value), text);
            }
        });
    }

    [Fact]
    public void Grouped_and_decimal_digits_read_back_to_the_number_written()
    {
        Gen.Int[1, int.MaxValue].Select(Gen.Int[0, 3]).Sample((whole, decimals) =>
        {
            var value = decimals == 0 ? whole : Math.Round(whole / 1000.0, decimals);
            var written = value.ToString(decimals == 0 ? "N0" : "N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            var figure = Assert.Single(Figures($"The agency counted {written} tents."));
            Assert.Equal(double.Parse(written, NumberStyles.Number, CultureInfo.InvariantCulture), figure.Value, 6);
        });
    }

    [Fact]
    public void Numbers_written_in_words_read_back_to_their_value()
    {
        Gen.Int[1, 999_999].Sample(n =>
        {
            var figure = Assert.Single(Figures($"The agency counted {InWords(n)} tents."));
            Assert.Equal(n, figure.Value);
        });
    }

    [Fact]
    public void Digits_with_a_scale_word_or_suffix_read_back_to_their_value()
    {
        Gen.Int[1, 999].Select(Gen.OneOf(("million", 1e6), ("billion", 1e9), ("thousand", 1e3)), Gen.Bool).Sample((n, scale, glued) =>
        {
            var written = glued ? $"{n}{(scale.Item2 == 1e6 ? "m" : scale.Item2 == 1e9 ? "bn" : "k")}" : $"{n} {scale.Item1}";
            var figure = Assert.Single(Figures($"Donors pledged ${written} on Friday."));
            Assert.Equal(n * scale.Item2, figure.Value);
            Assert.Equal("dollar", figure.Unit);
        });
    }

    private static readonly string[] Small =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>English words for 1..999,999 as newswire writes them ("two hundred and five thousand, forty-one" without the comma).</summary>
    private static string InWords(int n)
    {
        if (n >= 1000)
        {
            var rest = n % 1000;
            return InWords(n / 1000) + " thousand" + (rest == 0 ? "" : " " + InWords(rest));
        }

        if (n >= 100)
        {
            var rest = n % 100;
            return Small[n / 100] + " hundred" + (rest == 0 ? "" : " and " + InWords(rest));
        }

        if (n >= 20)
        {
            return Tens[n / 10] + (n % 10 == 0 ? "" : "-" + Small[n % 10]);
        }

        return Small[n];
    }
}

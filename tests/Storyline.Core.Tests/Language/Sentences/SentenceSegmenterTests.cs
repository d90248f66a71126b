using CsCheck;
using Storyline.Core.Language.Sentences;
using Storyline.Core.Language.Tokens;

namespace Storyline.Core.Tests.Language.Sentences;

public sealed class SentenceSegmenterTests
{
    private static string[] Sentences(string text) =>
        SentenceSegmenter.Default.Split(text, Tokenizer.Default.Tokenize(text)).Select(s => s.Range.Of(text)).ToArray();

    [Fact]
    public void Breaks_after_terminal_punctuation_and_line_breaks_but_not_after_abbreviations()
    {
        const string text = "Mr. Ode said \"Go.\" Then he left! and waved\nNew line";
        Assert.Equal(["Mr. Ode said \"Go.\"", "Then he left! and waved", "New line"], Sentences(text));
    }

    [Theory]
    [InlineData("Mr. Hale and Dr. Ives met Lt. Gen. Ana Ruiz. They talked.", "Mr. Hale and Dr. Ives met Lt. Gen. Ana Ruiz.|They talked.")]
    [InlineData("Sen. Orla Bede met Gov. Tam Rees in St. Albans on Jan. 5.", "Sen. Orla Bede met Gov. Tam Rees in St. Albans on Jan. 5.")]
    [InlineData("The No. 5 seed lost. No. 2 won.", "The No. 5 seed lost.|No. 2 won.")]
    [InlineData("J. K. Tolvane wrote it. R. Ames read it.", "J. K. Tolvane wrote it.|R. Ames read it.")]
    [InlineData("The U.S. and U.N. envoys met.", "The U.S. and U.N. envoys met.")]
    [InlineData("She moved to the U.S. The next day she left.", "She moved to the U.S.|The next day she left.")]
    [InlineData("Shares of Velmor Inc. fell. Velmor Inc. But the market rose.", "Shares of Velmor Inc. fell.|Velmor Inc.|But the market rose.")]
    [InlineData("The vote ends at 5 p.m. The results follow at 9 p.m. on Monday.", "The vote ends at 5 p.m.|The results follow at 9 p.m. on Monday.")]
    [InlineData("The U.S. President arrived.", "The U.S. President arrived.")]
    public void Handles_abbreviations_titles_and_initials(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Sentences(text));

    [Theory]
    [InlineData("He said: \"They told us 'leave now.'\" Then he ran.", "He said: \"They told us 'leave now.'\"|Then he ran.")]
    [InlineData("He left. \"We go now,\" she said.", "He left.|\"We go now,\" she said.")]
    [InlineData("\"Stop!\" he shouted. Nobody did.", "\"Stop!\" he shouted.|Nobody did.")]
    [InlineData("“Is it over?” she asked. “Yes.” He nodded.", "“Is it over?” she asked.|“Yes.”|He nodded.")]
    [InlineData("He called it «absurd.» Then he left.", "He called it «absurd.»|Then he left.")]
    [InlineData("The mayor (who resigned.) Then nothing.", "The mayor (who resigned.)|Then nothing.")]
    [InlineData("(He declined to comment.) The next day he spoke.", "(He declined to comment.)|The next day he spoke.")]
    [InlineData("Yahoo!, the portal, grew. Why?! Nobody knows.", "Yahoo!, the portal, grew.|Why?!|Nobody knows.")]
    public void Keeps_closing_quotes_and_brackets_with_their_sentence(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Sentences(text));

    [Theory]
    [InlineData("He waited... Then he left.", "He waited...|Then he left.")]
    [InlineData("He waited… and waited. It rained.", "He waited… and waited.|It rained.")]
    [InlineData("Sales rose 1,200 to 3.5 million, or 1.2m, worth $1.5bn (45%). Profit fell.", "Sales rose 1,200 to 3.5 million, or 1.2m, worth $1.5bn (45%).|Profit fell.")]
    [InlineData("Prices fell 2.5. 2024 was worse.", "Prices fell 2.5.|2024 was worse.")]
    [InlineData("Peace—for now. War -- later – maybe.", "Peace—for now.|War -- later – maybe.")]
    public void Handles_ellipses_numbers_and_dashes(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Sentences(text));

    [Fact]
    public void Every_line_ends_a_sentence_so_headlines_captions_and_lists_stand_alone()
    {
        const string text = "Floods hit Port Aldane\r\nRescuers at work on Tuesday\n\n1. First, evacuate.\n2. Then count.\n- Bullet one\n• Bullet two • Bullet three";
        Assert.Equal(
            ["Floods hit Port Aldane", "Rescuers at work on Tuesday", "1. First, evacuate.", "2. Then count.", "- Bullet one", "• Bullet two", "• Bullet three"],
            Sentences(text));
    }

    [Fact]
    public void Splits_other_scripts_on_their_own_terminals()
    {
        Assert.Equal(["我们走了。", "他来了！", "好吗？"], Sentences("我们走了。他来了！好吗？"));
        Assert.Equal(["هل انتهى؟", "نعم."], Sentences("هل انتهى؟ نعم."));
        Assert.Equal(["Great news 🎉!", "😀 Next."], Sentences("Great news 🎉! 😀 Next."));
    }

    [Fact]
    public void Handles_text_without_sentences()
    {
        Assert.Empty(Sentences(""));
        Assert.Empty(Sentences(" \n\t\u0000\u0001 "));
        Assert.Equal(["..."], Sentences("..."));
        Assert.Equal(["no final stop"], Sentences("no final stop"));
    }

    [Fact]
    public void Caps_run_on_sentences()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 1000));
        var sentences = SentenceSegmenter.Default.Split(text, Tokenizer.Default.Tokenize(text));
        Assert.All(sentences, s => Assert.True(s.TokenCount <= SentenceSegmenter.MaxTokens));
        Assert.Equal(1000, sentences.Sum(s => s.TokenCount));

        var marks = new string('!', 10_000) + " Then.";
        Assert.All(SentenceSegmenter.Default.Split(marks, Tokenizer.Default.Tokenize(marks)), s => Assert.True(s.TokenCount <= SentenceSegmenter.MaxTokens));
    }

    [Fact]
    public void Splits_a_five_megabyte_single_line_in_linear_time()
    {
        var unit = "Mr. Ode said \"Go.\" The U.S. rose 3.5%... “Yes!” (No.) ''x'' ";
        var text = string.Concat(Enumerable.Repeat(unit, (5_000_000 / unit.Length) + 1));
        var tokens = Tokenizer.Default.Tokenize(text);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var sentences = SentenceSegmenter.Default.Split(text, tokens);
        // A bound that only a quadratic pass could break; throughput is measured in bench/.
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), $"5 MB took {started.Elapsed}");
        Assert.True(sentences.Length > 100_000);
        Assert.Equal(tokens.Length, sentences.Sum(s => s.TokenCount));
    }

    [Fact]
    public void Sentences_tile_the_tokens_in_order_on_random_text()
    {
        var chars = Gen.Char[" \t\n\r\u0000abcXYZ019.,;:'\"!?()-–—…$%“”‘’«»•。؟\ud83d\ude00\ud800é"];
        Gen.Int[0, 120].SelectMany(length => chars.Array[length]).Select(a => new string(a)).Sample(text =>
        {
            var tokens = Tokenizer.Default.Tokenize(text);
            var sentences = SentenceSegmenter.Default.Split(text, tokens);
            var next = 0;
            foreach (var sentence in sentences)
            {
                Assert.Equal(next, sentence.FirstToken);
                Assert.InRange(sentence.TokenCount, 1, SentenceSegmenter.MaxTokens);
                var last = tokens[sentence.FirstToken + sentence.TokenCount - 1];
                Assert.Equal(tokens[sentence.FirstToken].Range.Start, sentence.Range.Start);
                Assert.Equal(last.Range.End, sentence.Range.End);
                Assert.False(string.IsNullOrWhiteSpace(sentence.Range.Of(text)));
                next += sentence.TokenCount;
            }

            Assert.Equal(tokens.Length, next);
        }, iter: 20_000);
    }

    [Fact]
    public void Never_throws_on_arbitrary_strings()
    {
        Gen.String.Sample(text => Assert.True(SentenceSegmenter.Default.Split(text, Tokenizer.Default.Tokenize(text)).Length >= 0), iter: 5_000);
    }
}

using CsCheck;
using Storyline.Core.Language.Tokens;
using Storyline.Core.Model;

namespace Storyline.Core.Tests.Language.Tokens;

public sealed class TokenizerTests
{
    private static string[] Words(string text) =>
        Tokenizer.Default.Tokenize(text).Select(t => t.Range.Of(text)).ToArray();

    [Theory]
    [InlineData("Mr. Hale met Dr. Ives.", "Mr.|Hale|met|Dr.|Ives|.")]
    [InlineData("Lt. Gen. Okafor left the U.S. embassy.", "Lt.|Gen.|Okafor|left|the|U.S.|embassy|.")]
    [InlineData("J. R. Tolvane wrote it.", "J.|R.|Tolvane|wrote|it|.")]
    [InlineData("Sales rose 27,419 to 1.2m, or $1.5bn (45%).", "Sales|rose|27,419|to|1.2m|,|or|$|1.5bn|(|45|%|)|.")]
    [InlineData("On 1996-08-22 at 10:30 the 10-year-old won.", "On|1996-08-22|at|10:30|the|10-year-old|won|.")]
    [InlineData("It didn't help Reuters' well-known rival's case.", "It|did|n't|help|Reuters|'|well-known|rival|'s|case|.")]
    [InlineData("\"We can't,\" she said -- then left... Or not…", "\"|We|ca|n't|,|\"|she|said|--|then|left|...|Or|not|…")]
    [InlineData("O'Dwyer met AT&T staff.", "O'Dwyer|met|AT&T|staff|.")]
    [InlineData("See https://example.org/a?b=1, or mail desk.news@example.com.", "See|https://example.org/a?b=1|,|or|mail|desk.news@example.com|.")]
    [InlineData("Peace—for now.", "Peace|—|for|now|.")]
    [InlineData("``Yes,'' he said.", "``|Yes|,|''|he|said|.")]
    public void Splits_newswire_text_the_treebank_way(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Words(text));

    [Theory]
    [InlineData("The U.N. and U.S. envoys met at 9 a.m. today.", "The|U.N.|and|U.S.|envoys|met|at|9|a.m.|today|.")]
    [InlineData("No. 5 seed, St. Louis, Jan. 3, Ph.D. holder", "No.|5|seed|,|St.|Louis|,|Jan.|3|,|Ph.|D.|holder")]
    [InlineData("Rates hit 2.5%, up from 1,200.", "Rates|hit|2.5|%|,|up|from|1,200|.")]
    [InlineData("It cost $1.5bn, or 1.2m.", "It|cost|$|1.5bn|,|or|1.2m|.")]
    [InlineData("Velmor Corp., Acme Inc. and Bede Ltd.", "Velmor|Corp.|,|Acme|Inc.|and|Bede|Ltd.")]
    [InlineData("Wait...and see…then go", "Wait|...|and|see|…|then|go")]
    [InlineData("A–B and C—D and E -- F", "A|–|B|and|C|—|D|and|E|--|F")]
    [InlineData("(He left.) [Ed.] {x}", "(|He|left|.|)|[|Ed|.|]|{|x|}")]
    [InlineData("“Leave now,” ‘she’ said «non».", "“|Leave|now|,|”|‘|she|’|said|«|non|»|.")]
    [InlineData("• First item\n- Second", "•|First|item|-|Second")]
    public void Splits_news_abbreviations_numbers_quotes_and_dashes(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Words(text.Replace("\\n", "\n", StringComparison.Ordinal)));

    [Fact]
    public void Keeps_other_scripts_emoji_and_combining_marks_whole()
    {
        Assert.Equal(["مرحبا", "بالعالم", "؟"], Words("مرحبا بالعالم؟"));
        Assert.Equal(["我们走了", "。"], Words("我们走了。"));
        Assert.Equal(["Cafe\u0301", "🎉", "ok", "😀"], Words("Cafe\u0301 🎉ok😀"));
        Assert.Equal(["a", "b"], Words("a\u200Bb"));
    }

    [Fact]
    public void Marks_token_kinds()
    {
        const string text = "Visit www.example.org or pay $5 now!";
        var kinds = Tokenizer.Default.Tokenize(text).Select(t => t.Kind).ToArray();
        Assert.Equal(
            [TokenKind.Word, TokenKind.Url, TokenKind.Word, TokenKind.Word, TokenKind.Symbol, TokenKind.Number, TokenKind.Word, TokenKind.Punctuation],
            kinds);
    }

    [Fact]
    public void Survives_control_characters_lone_surrogates_and_a_five_megabyte_line()
    {
        Assert.Equal(["a", "b", "\ud800", "c"], Words("a\u0000b\u0001\ud800c"));
        var line = string.Concat(Enumerable.Repeat("a.b.c-d 12,3.4 ''x'' ", 5_000_000 / 20));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var tokens = Tokenizer.Default.Tokenize(line);
        Assert.True(tokens.Length > 100_000);
        // A bound that only a quadratic pass could break; throughput is measured in bench/.
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), $"5 MB took {started.Elapsed}");
        var oneWord = new string('x', 5_000_000);
        Assert.Single(Tokenizer.Default.Tokenize(oneWord));
    }

    [Fact]
    public void Tokens_are_ordered_disjoint_in_bounds_and_cover_every_visible_character()
    {
        var chars = Gen.Char[" \t\n\u0000\u00a0abcXYZ019.,;:'\"-–—$%@/&()…’“”\ud83d\ude00\ud800éx"];
        Gen.Int[0, 80].SelectMany(length => chars.Array[length]).Select(a => new string(a)).Sample(text =>
        {
            var tokens = Tokenizer.Default.Tokenize(text);
            var covered = new bool[text.Length];
            var previousEnd = 0;
            foreach (var token in tokens)
            {
                Assert.True(token.Range.Start >= previousEnd && token.Range.End > token.Range.Start && token.Range.End <= text.Length, $"bad token {token} in {Escape(text)}");
                for (var i = token.Range.Start; i < token.Range.End; i++)
                {
                    covered[i] = true;
                }

                previousEnd = token.Range.End;
            }

            for (var i = 0; i < text.Length; i++)
            {
                Assert.True(covered[i] || Tokenizer.IsSeparator(text[i]), $"character {i} ({(int)text[i]:x}) not covered in {Escape(text)}");
            }
        }, iter: 20_000);
    }

    [Fact]
    public void Separators_never_fall_inside_a_token()
    {
        Gen.String.Sample(text =>
        {
            foreach (var token in Tokenizer.Default.Tokenize(text))
            {
                Assert.DoesNotContain(text.Substring(token.Range.Start, token.Range.Length).ToCharArray(), Tokenizer.IsSeparator);
            }
        }, iter: 5_000);
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c < 32 || c > 126 ? $"\\u{(int)c:x4}" : c.ToString()));
}

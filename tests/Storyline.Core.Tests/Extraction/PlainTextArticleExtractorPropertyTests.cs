using System.Diagnostics;
using CsCheck;
using Storyline.Core.Extraction;
using Storyline.Core.Extraction.PlainText;
using Storyline.Core.Model;

namespace Storyline.Core.Tests.Extraction;

public sealed class PlainTextArticleExtractorPropertyTests
{
    private static readonly PlainTextArticleExtractor Extractor = new();

    private static readonly string[] Phrases =
    [
        "Skip to main content", "Most read", "Related stories", "Share this article", "Comments are closed", "24 comments",
        "Sign in to continue", "Advertisement", "Become a member", "Donate now", "Allow notifications?", "Copy link",
        "Facebook Twitter WhatsApp Email", "Home", "World", "By Jane Doe and Omar Said", "Jane Doe, Health Correspondent",
        "Published 4 March 2026, 09:12 GMT", "March 4, 2026 3:05 PM EST", "04/03/2026 09:12 CET", "2026-03-04T09:12:00+01:00",
        "He said it was over.", "The council met on Friday and agreed to rebuild the barrier.", "Council tax to rise",
        "A view of the quay. Photograph: Ana Ruiz/Coastline Press", "A view of the quay.", "Comments", "are closed",
        "share this", "article", "What happens next", "- a bullet with words", "The Harbour Times", "\u200b", "\t \t",
    ];

    private static readonly Gen<string> Noise =
        Gen.Char["abcXYZ .,!?:;'\"-\u00e9\u00df\u0416\u4e2d\u0000\u0001\u001f\u007f\u2028\u0085\r\n\t\u200b\ud83d"].Array[0, 60].Select(c => new string(c));

    private static readonly Gen<string> Line = Gen.Frequency((3, Gen.OneOf(Phrases)), (2, Noise));

    private static readonly Gen<string> ScrapedText =
        Gen.Select(Line.Array[0, 40], Gen.OneOf("\n", "\n\n", "\r\n", "\r"), (lines, separator) => string.Join(separator, lines));

    [Fact]
    public void Never_throws_on_arbitrary_strings()
    {
        Gen.String.Sample(text => Extractor.Extract(SourceDocument.PlainText(text)), iter: 2000);
        Noise.Array[0, 30].Select(parts => string.Concat(parts)).Sample(text => Extractor.Extract(SourceDocument.PlainText(text)), iter: 2000);
    }

    [Fact]
    public void Never_throws_on_scraped_looking_text()
    {
        ScrapedText.Sample(text => Extractor.Extract(SourceDocument.PlainText(text)), iter: 3000);
    }

    [Fact]
    public void Output_never_holds_a_line_the_furniture_rules_match()
    {
        ScrapedText.Sample(
            text =>
            {
                var document = Extractor.Extract(SourceDocument.PlainText(text));
                foreach (var line in document.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    Assert.False(FurnitureRules.Default.Judge(line).IsFurnitureLike, $"Furniture line kept: '{line}'");
                }
            },
            iter: 3000);
    }

    [Fact]
    public void Body_is_a_subsequence_of_the_input_lines()
    {
        ScrapedText.Sample(
            text =>
            {
                var document = Extractor.Extract(SourceDocument.PlainText(text));
                var inputLines = ScrapedLines.Split(text).Select(l => l.Text).ToList();
                var cursor = 0;
                foreach (var paragraph in document.Get(Layers.Paragraphs).Select(document.TextOf))
                {
                    cursor = ConsumeParagraph(inputLines, cursor, paragraph);
                    Assert.True(cursor >= 0, $"Paragraph not found in order among the input lines: '{paragraph}'");
                }
            },
            iter: 3000);
    }

    [Fact]
    public void Real_sentences_among_furniture_are_always_kept()
    {
        var words = Gen.OneOf("river", "council", "barrier", "rose", "fell", "town", "water", "homes", "residents", "said", "was", "it", "over", "the", "of", "and", "in", "on", "again", "quickly");
        // Not "?": a question right under "Most read" reads as one more headline of the list, by design.
        var sentence = Gen.Select(words.Array[2, 12], Gen.OneOf(".", "!", ".\""), (w, end) => char.ToUpperInvariant(w[0][0]) + string.Join(' ', w)[1..] + end);
        var furniture = Gen.OneOf(Phrases[..14]);
        var article = Gen.Select(sentence.Array[1, 8], furniture.Array[0, 8], Gen.Int[0, 1000], (sentences, junk, seed) =>
        {
            // Repeated lines (compared by letters and digits) are furniture the second time, as pull
            // quotes are, so each sentence appears once.
            var unique = sentences.DistinctBy(s => new string([.. s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)])).ToArray();
            var lines = new List<string>(unique);
            var random = new Random(seed);
            foreach (var line in junk)
            {
                lines.Insert(random.Next(lines.Count + 1), line);
            }

            return (Text: "Barrier repairs to start in May\n" + string.Join('\n', lines), Sentences: unique);
        });

        article.Sample(
            sample =>
            {
                var document = Extractor.Extract(SourceDocument.PlainText(sample.Text));
                var body = document.Get(Layers.Paragraphs).Select(document.TextOf).ToList();
                Assert.Equal(sample.Sentences, body);
            },
            iter: 1000);
    }

    [Fact]
    public void A_five_megabyte_single_line_is_read_without_a_quadratic_pass()
    {
        var sentence = "The river rose again overnight and the council opened two more shelters. ";
        var big = string.Concat(Enumerable.Repeat(sentence, 5_000_000 / sentence.Length + 1));

        var elapsed = Time(() => Assert.Equal(big.TrimEnd(), Extractor.Extract(SourceDocument.PlainText("Flood warning\n" + big)).Text));

        // Not a speed test (the throughput lives in bench/): a quadratic pass over 5 million characters
        // would run for hours, a linear one for well under a second, so the bound only separates the two.
        Assert.True(elapsed < TimeSpan.FromSeconds(30), $"5 MB took {elapsed}.");
    }

    [Fact]
    public void Many_short_lines_are_read_in_linear_time()
    {
        var lines = string.Join('\n', Enumerable.Range(0, 100_000).Select(i => i % 7 == 0 ? "Most read" : i % 3 == 0 ? "Home" : $"Line {i} says the barrier held."));

        var elapsed = Time(() => Extractor.Extract(SourceDocument.PlainText(lines)));

        // A guard, not a speed test: a pass comparing every line with every other would take hours on
        // 100,000 lines; the bound leaves room for a machine busy with other test assemblies.
        Assert.True(elapsed < TimeSpan.FromSeconds(60), $"100,000 lines took {elapsed}.");
    }

    /// <summary>Matches a paragraph to one input line, or to consecutive lines joined by spaces; -1 when none.</summary>
    private static int ConsumeParagraph(List<string> lines, int cursor, string paragraph)
    {
        for (var start = cursor; start < lines.Count; start++)
        {
            if (!paragraph.StartsWith(lines[start], StringComparison.Ordinal))
            {
                continue;
            }

            var length = lines[start].Length;
            var end = start;
            while (length < paragraph.Length && end + 1 < lines.Count && paragraph.AsSpan(length).StartsWith(" " + lines[end + 1], StringComparison.Ordinal))
            {
                end++;
                length += 1 + lines[end].Length;
            }

            if (length == paragraph.Length)
            {
                return end + 1;
            }
        }

        return -1;
    }

    private static TimeSpan Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }
}

using System.Text;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;

namespace Storyline.Core.Tests.Pipeline;

/// <summary>
/// The whole language layer on hostile text: it must annotate without throwing, keep every span
/// inside the text, and stay linear. The large inputs are sized so that a pass quadratic in their
/// length would run for hours; no timings are asserted (throughput lives in bench/).
/// </summary>
public sealed class StandardPipelineBadTextTests
{
    private static readonly DocumentPipeline Pipeline = StandardPipeline.Create();

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\n")]
    [InlineData(".")]
    [InlineData("the")]
    [InlineData("The Agency")]
    [InlineData("Mr.")]
    [InlineData("( IAEA )")]
    [InlineData("President")]
    [InlineData("'s")]
    public void Tiny_and_degenerate_texts_are_annotated(string text) => AssertAnnotated(text);

    [Fact]
    public void Text_without_sentence_punctuation_is_annotated()
    {
        var text = Repeat("officials in Port Aldane said President Lena Marsh met the UN and the agency then left ", 2_000);
        var document = AssertAnnotated(text);
        Assert.NotEmpty(document.Get(Layers.Sentences));
    }

    [Fact]
    public void A_five_megabyte_single_line_is_annotated()
    {
        var text = Repeat("Governor Lena Marsh of the Coastal Relief Agency (CRA) told the UN in Geneva that Marsh and the agency, ", 50_000);
        Assert.True(text.Length >= 5_000_000);
        Assert.DoesNotContain('\n', text);

        var document = AssertAnnotated(text);

        var mentions = document.Get(Layers.EntityMentions);
        Assert.NotEmpty(mentions);
        Assert.Contains(mentions, m => m.CanonicalKey == "org:united nations");
    }

    [Fact]
    public void Control_characters_and_nuls_are_annotated()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 200_000; i++)
        {
            builder.Append((char)(i % 32)).Append(i % 7 == 0 ? "Marsh" : "x").Append('\u0000').Append('\u007f').Append('\u200b');
        }

        AssertAnnotated(builder.ToString());
    }

    [Fact]
    public void Mixed_scripts_and_lone_or_paired_surrogates_are_annotated()
    {
        var text = Repeat(
            "قال الرئيس Lena Marsh إن 洪水 淹没了 Port Aldane 😀👍🏽 , そして the UN. \ud83d alone \ude00 too. Мэр Марш сказал. ", 20_000);
        AssertAnnotated(text);
    }

    [Fact]
    public void A_hundred_thousand_titles_in_a_row_are_annotated()
    {
        AssertAnnotated(Repeat("Mr. ", 100_000));
        AssertAnnotated(Repeat("the president ", 100_000));
        AssertAnnotated(Repeat("the Agency ", 100_000));
    }

    [Fact]
    public void Many_distinct_people_sharing_one_surname_stay_linear()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            builder.Append("Officer Name").Append(i).Append(" Marsh spoke. Marsh left. ");
        }

        AssertAnnotated(builder.ToString());
    }

    [Fact]
    public void Long_runs_of_capitalised_words_and_acronyms_are_annotated()
    {
        AssertAnnotated(Repeat("International Atomic Energy Agency Lake Rescue Service IAEA LRS UN ", 40_000));
        AssertAnnotated(Repeat("A.B.C.D. (ABCD) ", 100_000));
    }

    private static Document AssertAnnotated(string text)
    {
        var document = Pipeline.Run(new Document(text, ArticleMetadata.Empty));
        foreach (var layer in document.Layers)
        {
            foreach (var item in layer.Items)
            {
                Assert.InRange(item.Range.Start, 0, text.Length);
                Assert.InRange(item.Range.End, item.Range.Start, text.Length);
            }
        }

        Assert.All(document.Get(Layers.EntityMentions), m => Assert.Equal(m.Text, document.TextOf(m)));
        return document;
    }

    private static string Repeat(string piece, int times) => new StringBuilder(piece.Length * times).Insert(0, piece, times).ToString();
}

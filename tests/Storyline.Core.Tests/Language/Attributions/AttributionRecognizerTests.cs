using CsCheck;
using Storyline.Core.Language.Attributions;
using Storyline.Core.Language.Sentences;
using Storyline.Core.Language.Tokens;
using Storyline.Core.Model;

namespace Storyline.Core.Tests.Language.Attributions;

public sealed class AttributionRecognizerTests
{
    private static IReadOnlyList<Attribution> Recognize(string text)
    {
        var tokens = Tokenizer.Default.Tokenize(text);
        return AttributionRecognizer.Default.Recognize(text, tokens, SentenceSegmenter.Default.Split(text, tokens));
    }

    private static (string Cue, string? Source, string Content) Single(string text)
    {
        var attribution = Assert.Single(Recognize(text));
        return (attribution.Cue, attribution.SourceText, attribution.Content.Of(text));
    }

    [Fact]
    public void The_subject_before_the_cue_is_the_source()
    {
        var (cue, source, content) = Single("The health ministry said at least 1,200 people had died.");
        Assert.Equal(("said", "The health ministry"), (cue, source));
        Assert.Equal("at least 1,200 people had died", content);
    }

    [Fact]
    public void According_to_takes_the_phrase_after_it()
    {
        var (cue, source, content) = Single("More than 3,000 died, according to the Red Cross.");
        Assert.Equal(("according to", "the Red Cross"), (cue, source));
        Assert.Equal("More than 3,000 died", content);
        Assert.Equal("the Red Cross", Single("According to the Red Cross, more than 3,000 died.").Source);
    }

    [Fact]
    public void A_quotation_before_an_inverted_cue_is_the_content()
    {
        var (_, source, content) = Single("\"We counted 48,213 displaced people,\" said the interior minister.");
        Assert.Equal("the interior minister", source);
        Assert.Equal("\"We counted 48,213 displaced people,\"", content);
        Assert.True(Assert.Single(Recognize("\"We counted 48,213 displaced people,\" said the interior minister.")).Direct);
    }

    [Fact]
    public void A_pronoun_after_a_quotation_is_the_source()
    {
        var (_, source, content) = Single("\"The bridge is gone,\" she said.");
        Assert.Equal("she", source);
        Assert.Equal("\"The bridge is gone,\"", content);
    }

    [Fact]
    public void A_source_set_off_by_a_comma_after_the_content_takes_the_content_before_it()
    {
        var (cue, source, content) = Single("The toll has risen to about 1,350, the regional governor told reporters on Tuesday evening.");
        Assert.Equal(("told", "the regional governor"), (cue, source));
        Assert.Equal("The toll has risen to about 1,350", content);
    }

    [Fact]
    public void Told_skips_the_recipient()
    {
        var (cue, source, content) = Single("A rescue official told Reuters that 40 boats had sunk.");
        Assert.Equal(("told", "A rescue official"), (cue, source));
        Assert.Equal("that 40 boats had sunk", content);
    }

    [Fact]
    public void Auxiliaries_belong_to_the_cue_and_adverbs_are_skipped()
    {
        var (cue, source, _) = Single("Governor Lena Marsh has also said that 300 homes were lost.");
        Assert.Equal("Lena Marsh", source!.Split(' ', 2)[1]);
        Assert.Equal("said", cue);
    }

    [Fact]
    public void A_participle_takes_the_subject_of_its_sentence()
    {
        var (_, source, content) = Single("The agency revised its count on Friday, saying 2,500 had died.");
        Assert.Equal("The agency", source);
        Assert.Equal("2,500 had died", content);
    }

    [Fact]
    public void A_possessive_before_a_noun_of_saying_is_the_source()
    {
        var (cue, source, _) = Single("The ministry's statement that 90 rebels surrendered was disputed.");
        Assert.Equal(("statement", "The ministry's"), (cue, source));
    }

    [Fact]
    public void A_sentence_without_reported_speech_has_no_attribution()
    {
        Assert.Empty(Recognize("Floods cut the road to Port Aldane on Tuesday."));
    }

    [Fact]
    public void Never_throws_and_keeps_spans_inside_the_text()
    {
        var chars = Gen.Char["abc said told according to the he , . \" “ ” : ' s 1 A Z\n"];
        Gen.Int[0, 150].SelectMany(length => chars.Array[length]).Select(a => new string(a)).Sample(text =>
        {
            foreach (var attribution in Recognize(text))
            {
                Assert.InRange(attribution.Content.End, attribution.Content.Start + 1, text.Length);
                Assert.True(attribution.Source is null || attribution.Source.Value.End <= text.Length);
            }
        });
    }
}

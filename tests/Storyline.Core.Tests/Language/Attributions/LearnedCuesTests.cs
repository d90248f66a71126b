using Storyline.Core.Language.Attributions;

namespace Storyline.Core.Tests.Language.Attributions;

public sealed class LearnedCuesTests
{
    private static readonly Dictionary<string, CueKind> HandWritten = new(StringComparer.OrdinalIgnoreCase) { ["said"] = CueKind.Say, ["according to"] = CueKind.Phrase };

    private static readonly Dictionary<string, SourceWordRole> SourceWords = new(StringComparer.OrdinalIgnoreCase) { ["also"] = SourceWordRole.Skip };

    private static string[] Row(string cue, int inCue, int occurrences, int sourceAfter = 0, int texts = 5, int predicted = 10, int aligned = 9) =>
        [cue, $"{inCue}", $"{occurrences}", $"{sourceAfter}", $"{texts}", $"{predicted}", $"{aligned}"];

    [Fact]
    public void Reliable_words_are_added_and_the_hand_written_table_wins()
    {
        var cues = LearnedCues.Merge(HandWritten, SourceWords, [Row("decried", 15, 15), Row("said", 10, 100)]);
        Assert.Equal(CueKind.Say, cues["decried"]);
        Assert.Equal(CueKind.Say, cues["said"]);
        Assert.Equal(CueKind.Phrase, cues["according to"]);
    }

    [Fact]
    public void Unreliable_rare_imprecise_and_function_words_are_left_out()
    {
        var cues = LearnedCues.Merge(HandWritten, SourceWords, [
            Row("statement", 39, 100),
            Row("rebuts", 6, 6, texts: 2),
            Row("plans", 37, 72, predicted: 64, aligned: 19),
            Row("also", 430, 800),
            Row("publicly", 31, 40),
            Row("n’t", 114, 200),
        ]);
        Assert.Equal(["according to", "said"], cues.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_sequence_needs_a_cue_word_first_and_a_following_source_makes_it_a_phrase()
    {
        var cues = LearnedCues.Merge(HandWritten, SourceWords, [
            Row("pointed", 49, 56),
            Row("pointed to", 23, 28),
            Row("footage of", 4, 6),
            Row("was first reported by", 3, 4, sourceAfter: 3),
            Row("reported", 148, 190),
            Row("reported by", 6, 8, sourceAfter: 6),
        ]);
        Assert.Equal(CueKind.Say, cues["pointed to"]);
        Assert.Equal(CueKind.Phrase, cues["reported by"]);
        Assert.False(cues.ContainsKey("footage of"));
        Assert.False(cues.ContainsKey("was first reported by"));
    }

    [Fact]
    public void A_malformed_row_is_named()
    {
        var error = Assert.Throws<InvalidDataException>(() => LearnedCues.Merge(HandWritten, SourceWords, [["decried", "15"]]));
        Assert.Contains("decried", error.Message);
    }

    [Fact]
    public void The_shipped_table_adds_learned_cues()
    {
        Assert.True(AttributionLexicon.Default.IsCue("decried"));
        Assert.True(AttributionLexicon.Default.IsCue("said"));
        Assert.False(AttributionLexicon.Default.IsCue("the"));
    }
}

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
    public void An_appositive_between_commas_belongs_to_the_source_with_its_closing_comma()
    {
        var (cue, source, content) = Single("Lena Marsh, a spokeswoman for the Orlan Relief Agency, said 420 families had left.");
        Assert.Equal(("said", "Lena Marsh, a spokeswoman for the Orlan Relief Agency,"), (cue, source));
        Assert.Equal("420 families had left", content);
    }

    [Fact]
    public void A_relative_clause_between_commas_belongs_to_the_source()
    {
        var (_, source, _) = Single("Piet Varga, who leads the harbour council, told reporters that 12 ferries were idle.");
        Assert.Equal("Piet Varga, who leads the harbour council,", source);
    }

    [Fact]
    public void An_adverb_between_commas_is_left_out_of_the_source()
    {
        var (_, source, _) = Single("Marsh, however, said only 30 trucks had arrived.");
        Assert.Equal("Marsh", source);
    }

    [Fact]
    public void A_parenthesis_after_a_name_belongs_to_the_source()
    {
        var (_, source, content) = Single("Sen. Ada Kollar (R-Vel.) said the bill would cost $4 billion.");
        Assert.Equal("Sen. Ada Kollar (R-Vel.)", source);
        Assert.Equal("the bill would cost $4 billion", content);
    }

    [Fact]
    public void A_named_complement_joins_its_head()
    {
        Assert.Equal("Officials at the Orlan Relief Agency", Single("Officials at the Orlan Relief Agency said 900 tents were sent.").Source);
        Assert.Equal("Volunteers from Port Aldane", Single("Volunteers from Port Aldane say 75 boats are missing.").Source);
    }

    [Fact]
    public void An_inverted_source_keeps_its_appositive_to_the_end_of_the_sentence()
    {
        var (_, source, content) = Single("\"We lost 60 cattle,\" said Tomas Reeve, a farmer near the Veld river.");
        Assert.Equal("Tomas Reeve, a farmer near the Veld river", source);
        Assert.Equal("\"We lost 60 cattle,\"", content);
    }

    [Fact]
    public void A_cue_after_a_determiner_a_possessive_or_a_number_is_a_noun()
    {
        Assert.Empty(Recognize("The claims of 40 deaths were never checked."));
        Assert.Empty(Recognize("Voters in 12 states backed the measure."));
        Assert.Empty(Recognize("Her calls went unanswered for 3 days."));
    }

    [Fact]
    public void A_capitalised_cue_word_inside_a_sentence_is_part_of_a_name()
    {
        Assert.Empty(Recognize("Trade with the United States fell 14 percent."));
    }

    [Fact]
    public void A_cue_inside_reported_speech_belongs_to_the_outer_speaker()
    {
        var attribution = Assert.Single(Recognize("The mayor said the army claims 300 fighters surrendered."));
        Assert.Equal(("said", "The mayor"), (attribution.Cue, attribution.SourceText));
    }

    [Fact]
    public void A_closing_according_to_keeps_its_own_attribution()
    {
        var attributions = Recognize("The council reports that 70 percent of wells are dry, according to the Veld Water Board.");
        Assert.Contains(attributions, a => a.Cue == "according to" && a.SourceText == "the Veld Water Board");
    }

    [Fact]
    public void A_cue_inside_a_quotation_running_over_two_sentences_is_the_speakers_own()
    {
        const string text = "Marsh said: \"We counted 800 tents. Our critics said it was 80.\" The agency agreed.";
        Assert.DoesNotContain(Recognize(text), a => a.SourceText == "Our critics");
    }

    [Fact]
    public void Colons_and_quotations_reset_at_a_paragraph_break()
    {
        const string text = "\"The road is closed for 3 weeks.\n\nThe ministry said 40 bridges were damaged.";
        var attribution = Assert.Single(Recognize(text));
        Assert.Equal("The ministry", attribution.SourceText);
    }

    [Fact]
    public void A_headline_in_title_case_keeps_its_capitalised_cue()
    {
        var (cue, source, _) = Single("Veld Governor Says 200 Homes Were Lost");
        Assert.Equal(("Says", "Veld Governor"), (cue, source));
    }

    [Fact]
    public void A_subject_with_a_participle_phrase_is_taken_whole()
    {
        var (cue, source, _) = Single("A Veld Institute poll released in late May found that 61 percent backed the dam.");
        Assert.Equal(("found", "A Veld Institute poll released"), (cue, source));
        Assert.Equal("Farmers who lost their herds", Single("Farmers who lost their herds say 2,000 cattle died.").Source);
    }

    [Fact]
    public void A_past_tense_with_an_object_is_not_part_of_the_subject()
    {
        var attribution = Assert.Single(Recognize("The army shelled the Veld valley where officials say 80 people died."));
        Assert.Equal("officials", attribution.SourceText);
        Assert.Equal("Reporters stationed near the Orlan Bay border", Single("Reporters stationed near the Orlan Bay border said 30 trucks were missing.").Source);
    }

    [Fact]
    public void A_clause_after_the_cue_is_the_content_even_after_an_opening_phrase()
    {
        var (_, source, content) = Single("In a post on Friday, Marsh said 14 shelters had closed.");
        Assert.Equal("Marsh", source);
        Assert.Equal("14 shelters had closed", content);
    }

    [Fact]
    public void A_coordinated_clause_with_its_own_speaker_ends_the_outer_content()
    {
        const string text = "The footage shows 40 trucks at the border, but the governor said only 12 crossed.";
        var attributions = Recognize(text);
        Assert.Equal(2, attributions.Count);
        Assert.Equal("40 trucks at the border", attributions[0].Content.Of(text));
        Assert.Equal(("said", "the governor"), (attributions[1].Cue, attributions[1].SourceText));
    }

    [Fact]
    public void Two_apostrophes_open_and_close_a_quotation()
    {
        const string text = "''The mayor said 900 homes flooded,'' Reeve declared.";
        var attribution = Assert.Single(Recognize(text));
        Assert.Equal(("declared", "Reeve"), (attribution.Cue, attribution.SourceText));
    }

    [Fact]
    public void A_transcript_speaker_label_is_the_source_of_its_paragraph()
    {
        const string text = "HOLLIS: We moved 3,000 people out. Nobody was hurt.\nNext paragraph.";
        var attribution = Assert.Single(Recognize(text));
        Assert.Equal((":", "HOLLIS"), (attribution.Cue, attribution.SourceText));
        Assert.Equal("We moved 3,000 people out. Nobody was hurt.", attribution.Content.Of(text));
    }

    [Fact]
    public void A_signature_dash_after_a_quotation_names_its_source()
    {
        const string text = "“We waited 9 hours for water.” ― Ana Ruiz\n“Next one.”";
        var attribution = Assert.Single(Recognize(text));
        Assert.Equal(("―", "Ana Ruiz"), (attribution.Cue, attribution.SourceText));
        Assert.Equal("“We waited 9 hours for water.”", attribution.Content.Of(text));
        Assert.True(attribution.Direct);
    }

    [Fact]
    public void An_age_between_commas_belongs_to_the_source()
    {
        Assert.Equal("Ana Ruiz, 25,", Single("Ana Ruiz, 25, said 60 families slept outside.").Source);
    }

    [Fact]
    public void A_verb_of_speaking_with_its_preposition_is_one_cue()
    {
        var (cue, source, content) = Single("The harbour master spoke of 70 boats lost in the storm.");
        Assert.Equal(("spoke of", "The harbour master"), (cue, source));
        Assert.Equal("70 boats lost in the storm", content);
    }

    [Fact]
    public void A_sentence_without_reported_speech_has_no_attribution()
    {
        Assert.Empty(Recognize("Floods cut the road to Port Aldane on Tuesday."));
    }

    [Fact]
    public void Never_throws_and_keeps_spans_inside_the_text()
    {
        var chars = Gen.Char["abc said told according to the he who , . \" “ ” : ' s 1 A Z ( ) / & a an of at\n"];
        Gen.Int[0, 200].SelectMany(length => chars.Array[length]).Select(a => new string(a)).Sample(text =>
        {
            foreach (var attribution in Recognize(text))
            {
                Assert.InRange(attribution.Range.Start, 0, attribution.Range.End - 1);
                Assert.InRange(attribution.Range.End, 1, text.Length);
                Assert.InRange(attribution.Content.End, attribution.Content.Start + 1, text.Length);
                Assert.True(attribution.Content.Start >= 0);
                Assert.True(attribution.Source is null || (attribution.Source.Value.Start >= 0 && attribution.Source.Value.End <= text.Length && attribution.Source.Value.End > attribution.Source.Value.Start));
            }
        });
    }

    [Fact]
    public void A_long_line_full_of_cues_is_read_in_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat("\"Aid is late,\" Marsh, a spokeswoman, said, according to officials at the Agency ", 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var attributions = Recognize(text);
        watch.Stop();
        Assert.NotEmpty(attributions);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
    [Fact]
    public void A_closing_according_to_takes_its_source_to_the_end_of_the_sentence()
    {
        Assert.Equal("a Veld Institute poll released last week", Single("Turnout fell to 41 percent, according to a Veld Institute poll released last week.").Source);
        Assert.Equal("lawyers for the family", Single("The fine was 2,000 dollars, according to lawyers for the family.").Source);
    }

    [Fact]
    public void Then_and_a_negation_sit_between_the_source_and_the_cue()
    {
        Assert.Equal("Fact Desk", Single("Fact Desk then ruled that 3,210 was the right count.").Source);
        Assert.Equal("Councillors", Single("Councillors have not said when the 12 ferries would return.").Source);
    }

    [Fact]
    public void A_second_cue_of_the_same_speaker_is_a_second_attribution()
    {
        var found = Recognize("Mayor Lena Marsh mocked the council for its 40 vacant posts, claiming that it had lost 6 million dollars.");
        Assert.Equal(["mocked", "claiming"], found.Select(a => a.Cue));
        Assert.All(found, a => Assert.Equal("Mayor Lena Marsh", a.SourceText));
    }

    [Fact]
    public void A_cue_word_before_an_auxiliary_or_another_verb_of_saying_is_a_noun()
    {
        Assert.Empty(Recognize("Safety worries have followed the 12 ferries since March."));
        var (cue, source, _) = Single("Rainfall reached 300 mm, a Veld Institute analysis of newly filed weather reports shows.");
        Assert.Equal(("shows", "a Veld Institute analysis of newly filed weather reports"), (cue, source));
    }

    [Fact]
    public void An_appositive_and_a_relative_clause_with_commas_of_their_own_stay_in_the_source()
    {
        Assert.Equal(
            "Ana Ruiz, a lawyer and spokeswoman for the Harbour Coalition,",
            Single("Ana Ruiz, a lawyer and spokeswoman for the Harbour Coalition, which is made up of 40 firms, said the fee was 500 dollars.").Source);
        Assert.Equal(
            "The Veld Daybreak tracking poll, which tracks voters’ views on a daily basis,",
            Single("The Veld Daybreak tracking poll, which tracks voters’ views on a daily basis, showed Marsh ahead by 2 points.").Source);
    }

    [Fact]
    public void A_contraction_is_never_a_source()
    {
        Assert.DoesNotContain(Recognize("The 13 reports don’t repeated the claim."), a => a.SourceText is "n’t" or "don’t");
    }
    [Fact]
    public void A_participle_without_a_subject_continues_the_speaker_found_before_it()
    {
        var found = Recognize("“Every time you say that,” Marsh said, referring to the 1 percent figure, “you help them.”");
        Assert.Contains(found, a => a.Cue.StartsWith("referring", StringComparison.Ordinal) && a.SourceText == "Marsh");
    }

    [Fact]
    public void A_signature_leaves_out_the_closing_full_stop()
    {
        var found = Recognize("“We lost 40 homes.” ― Ana Ruiz.\n\nThe river rose.");
        Assert.Contains(found, a => a.SourceText == "Ana Ruiz");
    }
}

using CsCheck;
using Storyline.Eval.Rouge;

namespace Storyline.Eval.Tests.Rouge;

/// <summary>Hand-computed scores on short fictional texts; the arithmetic is spelled out beside each case.</summary>
public sealed class RougeScorerTests
{
    private static readonly RougeOptions AllMetrics = new();

    private static IReadOnlyDictionary<string, RougeScore> Score(RougeOptions options, string peer, params string[] models) =>
        new RougeScorer(options).Score(RougeSummary.FromSentences([peer]), [.. models.Select(m => RougeSummary.FromSentences([m]))]);

    [Fact]
    public void One_reference_gives_the_counts_worked_out_by_hand()
    {
        // peer:  the cat sat on the mat    model: the cat lay on the mat
        var scores = Score(AllMetrics, "The cat sat on the mat.", "The cat lay on the mat.");

        // unigram hits: the x2, cat, on, mat = 5 of 6 on each side
        Assert.Equal(new RougeScore(0.83333, 0.83333, 0.83333), scores["ROUGE-1"]);
        // bigrams: "the cat", "on the", "the mat" = 3 of 5
        Assert.Equal(new RougeScore(0.6, 0.6, 0.6), scores["ROUGE-2"]);
        // LCS "the cat on the mat" = 5 of 6
        Assert.Equal(new RougeScore(0.83333, 0.83333, 0.83333), scores["ROUGE-L"]);
        // SU4 counts the unigrams of all words but the last (5) and every pair (15): 20 per side.
        // Unigram hits: the, cat, on, the = 4; pair hits: the 10 pairs among the five shared words.
        Assert.Equal(new RougeScore(0.7, 0.7, 0.7), scores["ROUGE-SU4"]);
    }

    [Fact]
    public void F_follows_alpha_from_the_rounded_recall_and_precision()
    {
        // peer: tern gull (2 words), model: tern gull heron skua (4): 2 hits, R = 0.5, P = 1.
        var balanced = Score(AllMetrics, "Tern gull.", "Tern gull heron skua.")["ROUGE-1"];
        Assert.Equal(new RougeScore(0.5, 1, 0.66667), balanced);

        // alpha = 0.8: F = 1 / (0.8 / 1 + 0.2 / 0.5) = 1 / 1.2
        var precisionHeavy = Score(AllMetrics with { Alpha = 0.8 }, "Tern gull.", "Tern gull heron skua.")["ROUGE-1"];
        Assert.Equal(0.83333, precisionHeavy.F);
    }

    [Fact]
    public void Several_references_are_pooled_by_default_or_the_best_one_is_taken_or_jackknifed()
    {
        // models: "a b" (2 hits of 2) and "c d e f" (0 of 4); peer "a b" has 2 unigrams.
        var pooled = Score(AllMetrics, "a b", "a b", "c d e f")["ROUGE-1"];
        Assert.Equal(new RougeScore(0.33333, 0.5, 0.4), pooled); // R 2/6, P 2/(2x2)

        var best = Score(AllMetrics with { Formula = RougeFormula.BestModel }, "a b", "a b", "c d e f")["ROUGE-1"];
        Assert.Equal(new RougeScore(1, 1, 1), best);

        // leave out "a b": 0; leave out "c d e f": 1; mean 0.5
        var jackknifed = Score(AllMetrics with { Jackknife = true }, "a b", "a b", "c d e f")["ROUGE-1"];
        Assert.Equal(new RougeScore(0.5, 0.5, 0.5), jackknifed);
    }

    [Fact]
    public void A_word_limit_cuts_peer_and_references_before_counting()
    {
        // -l 3: "the cat sat" against "the cat lay": 2 of 3
        var scores = Score(AllMetrics with { WordLimit = 3 }, "The cat sat on the mat.", "The cat lay on the mat.");
        Assert.Equal(new RougeScore(0.66667, 0.66667, 0.66667), scores["ROUGE-1"]);
    }

    [Fact]
    public void A_byte_limit_cuts_inside_a_word()
    {
        // -b 9: "the cat s" against "the cat l": tokens the, cat, s / the, cat, l
        var scores = Score(AllMetrics with { ByteLimit = 9 }, "The cat sat on the mat.", "The cat lay on the mat.");
        Assert.Equal(new RougeScore(0.66667, 0.66667, 0.66667), scores["ROUGE-1"]);
    }

    [Fact]
    public void Stemming_and_stopwords_change_what_matches()
    {
        // Without -m "ferries"/"ferry" differ; with it both stem to "ferri".
        Assert.Equal(0.5, Score(AllMetrics, "Ferries sailed", "ferry sailed")["ROUGE-1"].Recall);
        Assert.Equal(1, Score(AllMetrics with { Stem = true }, "Ferries sailed", "ferry sailed")["ROUGE-1"].Recall);

        // With -s the stopword "the" is dropped on both sides: "harbour" vs "quay", no hit.
        var stop = AllMetrics with { Stopwords = new HashSet<string>(["the"]) };
        Assert.Equal(0, Score(stop, "the harbour", "the quay")["ROUGE-1"].Recall);
        Assert.Equal(0.5, Score(AllMetrics, "the harbour", "the quay")["ROUGE-1"].Recall);
    }

    [Fact]
    public void Tokens_are_ascii_letter_and_digit_runs_with_hyphens_dropped()
    {
        var options = new RougeOptions();
        var tokens = RougeTokens.Tokenize("well-known u.s. $5 caf\u00c3\u00a9 x", options, w => w);
        Assert.Equal(["well", "known", "u", "s", "5", "caf", "x"], tokens);
    }

    [Fact]
    public void A_perl_split_keeps_a_leading_empty_field_and_drops_trailing_ones()
    {
        Assert.Equal(["", "a", "b"], RougeTokens.PerlSplit("  a b  "));
        Assert.Empty(RougeTokens.PerlSplit("   "));
    }

    [Fact]
    public void The_bootstrap_uses_perls_drand48_sequence()
    {
        // perl -e 'srand(0); print rand(10), " ", rand(10)' prints 1.7082803610629 7.49901980484964
        var random = new Drand48(0);
        Assert.Equal(1.7082803610629, random.NextDouble() * 10, 12);
        Assert.Equal(7.49901980484964, random.NextDouble() * 10, 12);
    }

    private static readonly Gen<string> Sentence =
        Gen.OneOf(Gen.Const("tern"), Gen.Const("gull"), Gen.Const("harbour"), Gen.Const("the"), Gen.Const("quay"), Gen.Const("7"), Gen.Const("ferry-boat"))
            .Array[1, 12].Select(words => string.Join(' ', words) + ".");

    [Fact]
    public void Every_score_lies_between_zero_and_one()
    {
        Gen.Select(Sentence.Array[1, 4], Sentence.Array[1, 4], Sentence.Array[1, 4]).Sample((peer, m1, m2) =>
        {
            var scores = new RougeScorer(AllMetrics).Score(RougeSummary.FromSentences(peer), [RougeSummary.FromSentences(m1), RougeSummary.FromSentences(m2)]);
            return scores.Values.All(s => s.Recall is >= 0 and <= 1 && s.Precision is >= 0 and <= 1 && s.F is >= 0 and <= 1);
        });
    }

    [Fact]
    public void A_summary_scored_against_itself_scores_one()
    {
        Gen.Select(Sentence.Array[1, 4], Gen.Bool).Sample((sentences, stem) =>
        {
            var summary = RougeSummary.FromSentences(sentences);
            var scores = new RougeScorer(AllMetrics with { Stem = stem }).Score(summary, [summary]);
            var words = RougeTokens.Tokenize(string.Join(' ', summary.Sentences), AllMetrics, w => w).Count;
            return scores.Where(p => words >= 2 || p.Key is "ROUGE-1" or "ROUGE-L").All(p => p.Value == new RougeScore(1, 1, 1));
        });
    }
}

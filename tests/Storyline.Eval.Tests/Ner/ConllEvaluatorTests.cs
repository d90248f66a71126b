using Storyline.Eval.Ner;

namespace Storyline.Eval.Tests.Ner;

public sealed class ConllEvaluatorTests
{
    private static ConllScore Score(params (string Gold, string Guessed)[] sentences) =>
        ConllEvaluator.Score(sentences.Select(s => ((IReadOnlyList<string>)s.Gold.Split(' '), (IReadOnlyList<string>)s.Guessed.Split(' '))));

    [Fact]
    public void Counts_only_exact_span_and_type_matches()
    {
        // Gold chunks: PER, LOC, MISC, ORG(2 tokens). Guessed: PER, ORG, MISC, ORG(1 token). Correct: PER, MISC.
        var score = Score(
            ("B-PER I-PER O B-LOC", "B-PER I-PER O B-ORG"),
            ("I-MISC O B-ORG I-ORG", "B-MISC O B-ORG O"));

        Assert.Equal((4, 4, 2), (score.GoldChunks, score.GuessedChunks, score.CorrectChunks));
        Assert.Equal(50.0, score.Precision, 6);
        Assert.Equal(50.0, score.Recall, 6);
        Assert.Equal(50.0, score.F1, 6);
        Assert.Equal(62.5, score.Accuracy, 6); // 5 of 8 tags identical (I-MISC vs B-MISC differs)
        Assert.Equal(new ChunkTypeScore(1, 2, 0), score.ByType["ORG"]);
        Assert.Equal(new ChunkTypeScore(1, 0, 0), score.ByType["LOC"]);
        Assert.Equal(new ChunkTypeScore(1, 1, 1), score.ByType["MISC"]);
        Assert.Equal(new ChunkTypeScore(1, 1, 1), score.ByType["PER"]);
    }

    [Fact]
    public void Reads_iob1_like_conlleval_where_i_after_o_or_another_type_starts_a_chunk()
    {
        var score = Score(("I-PER I-PER O I-LOC I-ORG B-ORG", "B-PER I-PER O B-LOC B-ORG B-ORG"));

        Assert.Equal((4, 4, 4), (score.GoldChunks, score.GuessedChunks, score.CorrectChunks));
        Assert.Equal(100.0, score.F1, 6);
    }

    [Fact]
    public void A_chunk_that_runs_on_or_changes_type_midway_is_wrong()
    {
        // Guessed PER runs one token too far; guessed ORG turns into a LOC chunk at its second token.
        var score = Score(("B-PER I-PER O B-ORG I-ORG", "B-PER I-PER I-PER B-ORG I-LOC"));

        Assert.Equal((2, 3, 0), (score.GoldChunks, score.GuessedChunks, score.CorrectChunks));
        Assert.Equal(0.0, score.F1, 6);
    }

    [Fact]
    public void Sentence_boundaries_end_chunks()
    {
        var score = Score(("O B-PER", "O B-PER"), ("I-PER O", "B-PER O"));

        Assert.Equal((2, 2, 2), (score.GoldChunks, score.GuessedChunks, score.CorrectChunks));
        Assert.Equal(75.0, score.Accuracy, 6); // 3 of 4 tags: I-PER vs B-PER differs
    }

    [Fact]
    public void Refuses_sentences_of_different_lengths()
    {
        Assert.Throws<ArgumentException>(() => Score(("O O", "O")));
    }
}

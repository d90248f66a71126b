namespace Storyline.Eval.Ner;

/// <summary>conlleval's report: micro precision, recall and F1 over chunks (percent), and per chunk type.</summary>
public sealed record ConllScore(
    int Tokens,
    int CorrectTags,
    int GoldChunks,
    int GuessedChunks,
    int CorrectChunks,
    IReadOnlyDictionary<string, ChunkTypeScore> ByType)
{
    public double Accuracy => Tokens == 0 ? 0 : 100.0 * CorrectTags / Tokens;

    public double Precision => ChunkTypeScore.Percent(CorrectChunks, GuessedChunks);

    public double Recall => ChunkTypeScore.Percent(CorrectChunks, GoldChunks);

    public double F1 => ChunkTypeScore.Harmonic(Precision, Recall);
}

public sealed record ChunkTypeScore(int GoldChunks, int GuessedChunks, int CorrectChunks)
{
    public double Precision => Percent(CorrectChunks, GuessedChunks);

    public double Recall => Percent(CorrectChunks, GoldChunks);

    public double F1 => Harmonic(Precision, Recall);

    internal static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;

    internal static double Harmonic(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}

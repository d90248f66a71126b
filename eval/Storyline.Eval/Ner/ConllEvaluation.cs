namespace Storyline.Eval.Ner;

/// <summary>The score of a tagger on a CoNLL file, with the time it spent tagging (features and decoding).</summary>
public sealed record ConllEvaluation(string Path, ConllScore Score, int Tokens, TimeSpan TaggingTime)
{
    public double TokensPerSecond => TaggingTime.TotalSeconds == 0 ? 0 : Tokens / TaggingTime.TotalSeconds;
}

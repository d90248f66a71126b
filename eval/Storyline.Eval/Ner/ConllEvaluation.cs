namespace Storyline.Eval.Ner;

/// <summary>
/// The score of a tagger on a CoNLL file, with the time it spent tagging (features and decoding):
/// elapsed, and the processor time of the whole process (single-threaded tagging plus the runtime's
/// own threads).
/// </summary>
public sealed record ConllEvaluation(string Path, ConllScore Score, int Tokens, TimeSpan TaggingTime, TimeSpan TaggingProcessorTime)
{
    public double TokensPerSecond => TaggingTime.TotalSeconds == 0 ? 0 : Tokens / TaggingTime.TotalSeconds;

    public double TokensPerProcessorSecond => TaggingProcessorTime.TotalSeconds == 0 ? 0 : Tokens / TaggingProcessorTime.TotalSeconds;
}

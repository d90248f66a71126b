namespace Storyline.Eval.Ner;

/// <summary>
/// The score of a tagger on a CoNLL file, with the time it spent tagging (features and decoding):
/// elapsed, and the processor time of the whole process (single-threaded tagging plus the runtime's
/// own threads), and the elapsed time of the whole language path (tokenizer, sentence splitter,
/// tagger) over the same documents as plain text.
/// </summary>
public sealed record ConllEvaluation(string Path, ConllScore Score, int Tokens, TimeSpan TaggingTime, TimeSpan TaggingProcessorTime, TimeSpan TextTime)
{
    /// <summary>Tokens of the file per second through tokenizer, sentence splitter and tagger.</summary>
    public double TextTokensPerSecond => TextTime.TotalSeconds == 0 ? 0 : Tokens / TextTime.TotalSeconds;

    public double TokensPerSecond => TaggingTime.TotalSeconds == 0 ? 0 : Tokens / TaggingTime.TotalSeconds;

    public double TokensPerProcessorSecond => TaggingProcessorTime.TotalSeconds == 0 ? 0 : Tokens / TaggingProcessorTime.TotalSeconds;
}

namespace Storyline.Core.Summaries;

/// <summary>How long a summary may be and how the selection trades relevance against length.</summary>
public sealed record SummaryOptions
{
    /// <summary>Most words (whitespace-separated) the summary may have; whole sentences only.</summary>
    public int WordBudget { get; init; } = 250;

    /// <summary>Sentences shorter than this are headlines, datelines or fragments, never summary material.</summary>
    public int MinSentenceWords { get; init; } = 10;

    /// <summary>Longer sentences are usually run-together lists or extraction accidents.</summary>
    public int MaxSentenceWords { get; init; } = 70;

    /// <summary>
    /// Sentences in which a larger share of the words (after the first) are capitalised are title-case
    /// lines (headlines, captions, name lists), not reporting. Set from Multi-News dev; 1 turns it off.
    /// </summary>
    public double MaxCapitalisedShare { get; init; } = 0.4;

    /// <summary>
    /// Gain is divided by length to this power when choosing (Lin and Bilmes's cost scaling): 1 favours
    /// dense short sentences, 0 ignores length.
    /// </summary>
    public double LengthExponent { get; init; } = 0.75;

    /// <summary>Weight of the lead prior: the first sentences of an article carry its news.</summary>
    public double PositionWeight { get; init; } = 6.0;

    /// <summary>Weight of single content words as concepts, relative to bigrams (0 = bigrams and entities only).</summary>
    public double WordConceptWeight { get; init; }

    /// <summary>Fill the rest of the budget lead-first once no sentence adds a shared concept.</summary>
    public bool FillBudget { get; init; } = true;

    public void Validate()
    {
        if (WordBudget < 1) throw new ArgumentException($"the word budget must be at least 1, got {WordBudget}");
        if (MinSentenceWords < 1 || MaxSentenceWords < MinSentenceWords)
        {
            throw new ArgumentException($"sentence length bounds {MinSentenceWords}..{MaxSentenceWords} are not a range");
        }

        if (MaxCapitalisedShare is <= 0 or > 1) throw new ArgumentException($"the capitalised share must be within (0, 1], got {MaxCapitalisedShare}");
        if (LengthExponent is < 0 or > 2) throw new ArgumentException($"the length exponent must be within [0, 2], got {LengthExponent}");
        if (PositionWeight < 0) throw new ArgumentException($"the position weight must be >= 0, got {PositionWeight}");
    }
}

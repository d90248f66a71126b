namespace Storyline.Eval.Rouge;

/// <summary>How several references are combined for one peer (ROUGE-1.5.5 <c>-f</c>).</summary>
public enum RougeFormula
{
    /// <summary><c>-f A</c>: hits and counts summed over all references (the default).</summary>
    ModelAverage,

    /// <summary><c>-f B</c>: only the reference with the best recall counts.</summary>
    BestModel,
}

/// <summary>
/// The options of ROUGE-1.5.5.pl that change scores, with the script's defaults. Each property names
/// the Perl flag it mirrors, so a published command line can be translated one flag at a time.
/// </summary>
public sealed record RougeOptions
{
    /// <summary><c>-n</c>: ROUGE-1 .. ROUGE-n are computed.</summary>
    public int MaxNgram { get; init; } = 2;

    /// <summary><c>-2</c>: maximum gap of a skip bigram; null computes no ROUGE-S; negative means unlimited.</summary>
    public int? SkipDistance { get; init; } = 4;

    /// <summary><c>-u</c>: skip bigrams also count unigrams (ROUGE-SU).</summary>
    public bool SkipWithUnigrams { get; init; } = true;

    /// <summary>The inverse of <c>-x</c>.</summary>
    public bool ComputeLcs { get; init; } = true;

    /// <summary><c>-m</c>: Porter-stem words longer than three characters.</summary>
    public bool Stem { get; init; }

    /// <summary><c>-s</c> with the list ROUGE reads from smart_common_words.txt; null keeps every word.</summary>
    public IReadOnlySet<string>? Stopwords { get; init; }

    /// <summary><c>-l</c>: only the first n words of each summary (0 = no limit).</summary>
    public int WordLimit { get; init; }

    /// <summary><c>-b</c>: only the first n bytes of each summary (0 = no limit).</summary>
    public int ByteLimit { get; init; }

    /// <summary><c>-f</c>.</summary>
    public RougeFormula Formula { get; init; } = RougeFormula.ModelAverage;

    /// <summary><c>-p</c>: F = 1 / (alpha/P + (1-alpha)/R).</summary>
    public double Alpha { get; init; } = 0.5;

    /// <summary><c>-r</c>: bootstrap samples; the reported average is their mean, as in the script.</summary>
    public int Resamples { get; init; } = 1000;

    /// <summary><c>-c</c>: confidence level of the reported interval, in percent.</summary>
    public double Confidence { get; init; } = 95;

    /// <summary>
    /// Lin (2004)'s jackknifing: with M references, score against each M-1 subset and average. The
    /// 1.5.5 script itself no longer does this (removed in 1.4), so it is off by default.
    /// </summary>
    public bool Jackknife { get; init; }

    /// <summary>The official MultiLing 2011 settings: <c>-a -x -2 4 -u -c 95 -r 1000 -n 2 -f A -p 0.5 -t 0</c>.</summary>
    public static RougeOptions MultiLing2011 { get; } = new() { ComputeLcs = false };

    public void Validate()
    {
        if (MaxNgram < 0) throw new ArgumentException($"max n-gram must be >= 0, got {MaxNgram}");
        if (WordLimit < 0 || ByteLimit < 0) throw new ArgumentException("length limits must be >= 0");
        if (WordLimit > 0 && ByteLimit > 0) throw new ArgumentException("specify a limit in words or in bytes, not both");
        if (Alpha is < 0 or > 1) throw new ArgumentException($"alpha must be within [0, 1], got {Alpha}");
        if (Resamples < 1) throw new ArgumentException($"resamples must be >= 1, got {Resamples}");
        if (Confidence is < 0 or > 100) throw new ArgumentException($"confidence must be within [0, 100], got {Confidence}");
    }
}

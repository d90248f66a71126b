namespace Storyline.Core.Stories;

/// <summary>
/// The knobs of <see cref="StoryClusterer"/>. Defaults were tuned on DUC 2004 and the Multi-News dev
/// sample (docs/evaluation.md, "Story clustering").
/// </summary>
public sealed record StoryClusteringOptions
{
    /// <summary>Least similarity for an article to join a story rather than start one.</summary>
    public double JoinThreshold { get; init; } = 0.2;

    /// <summary>Least similarity of two stories' centroids for them to merge.</summary>
    public double MergeThreshold { get; init; } = 0.35;

    /// <summary>Weight of the whole-text TF-IDF cosine in the similarity.</summary>
    public double TextWeight { get; init; } = 0.7;

    /// <summary>Weight of the title and lead against the story's text (0 by default: on DUC 2004 it cost precision).</summary>
    public double LeadWeight { get; init; } = 0;

    /// <summary>Weight of the shared entities and places.</summary>
    public double EntityWeight { get; init; } = 0.3;

    /// <summary>Gap between an article and a story's dates that costs nothing.</summary>
    public TimeSpan TimeGrace { get; init; } = TimeSpan.FromDays(3);

    /// <summary>Beyond the grace, similarity decays as exp(-gap / TimeDecay).</summary>
    public TimeSpan TimeDecay { get; init; } = TimeSpan.FromDays(30);

    /// <summary>
    /// A story with no article for this long (by publication time, against the newest article seen)
    /// is retired: it keeps its articles but drops its centroid and takes no more articles, which
    /// keeps memory bounded on an endless stream. Its similarity would have decayed to almost nothing.
    /// </summary>
    public TimeSpan RetireAfter { get; init; } = TimeSpan.FromDays(60);

    /// <summary>How many texts the copy detector remembers (the most recent ones).</summary>
    public int CopyWindow { get; init; } = 20_000;

    /// <summary>How many of an article's most distinctive terms and entities look up candidate stories.</summary>
    public int QueryTerms { get; init; } = 24;

    /// <summary>How many candidate stories are scored in full per article.</summary>
    public int Candidates { get; init; } = 12;

    /// <summary>Stories kept per term in the inverted index (the most recently extended ones).</summary>
    public int PostingsPerTerm { get; init; } = 200;

    /// <summary>Terms kept in a story's centroid (the heaviest ones).</summary>
    public int CentroidTerms { get; init; } = 1000;

    /// <summary>Texts with fewer words are not articles (widgets, captions, link stubs).</summary>
    public int MinimumArticleWords { get; init; } = 25;

    /// <summary>A text shorter than this seen again near-verbatim is page furniture, not a report.</summary>
    public int RecurrentFurnitureWords { get; init; } = 150;

    /// <summary>Virtual documents, holding none of the content terms, added to the stream's count for IDF (see TermStatistics).</summary>
    public int BackgroundDocuments { get; init; } = 500;

    /// <summary>A short text repeated within this many days of its original is a copy (a re-sent brief), not furniture.</summary>
    public double CopyDays { get; init; } = 2;

    /// <summary>Least estimated Jaccard similarity of word 5-shingles for two texts to be copies.</summary>
    public double CopyJaccard { get; init; } = 0.6;
}

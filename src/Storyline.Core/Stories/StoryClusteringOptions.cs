namespace Storyline.Core.Stories;

/// <summary>
/// The knobs of <see cref="StoryClusterer"/>. The similarity weights and thresholds are learned
/// (<see cref="StorySimilarityModel"/>); the rest were set on DUC 2004 and the Multi-News dev sample
/// (docs/evaluation.md, "Story clustering").
/// </summary>
public sealed record StoryClusteringOptions
{
    /// <summary>The learned join and merge decisions (by default the shipped one, Resources/story-similarity.tsv).</summary>
    public StorySimilarityModel Model { get; init; } = StorySimilarityModel.Default;

    /// <summary>Least join probability for an article to join its most likely story rather than start one (default: the shipped model's).</summary>
    public double JoinThreshold { get; init; } = StorySimilarityModel.Default.JoinThreshold;

    /// <summary>Least merge probability for two stories to merge (default: the shipped model's).</summary>
    public double MergeThreshold { get; init; } = StorySimilarityModel.Default.MergeThreshold;

    /// <summary>
    /// Least TF-IDF cosine of the texts (against the story's centroid or its nearest recent member)
    /// for the model to be asked at all, for joins and merges alike. The learned weights reward
    /// closeness in time so much that a few incidental shared words between two reports of the same
    /// day would otherwise join them; the fixed-weight clusterer before the model had the same floor.
    /// </summary>
    public double MinimumContentSimilarity { get; init; } = 0.2;

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

    /// <summary>How many of a story's latest articles the nearest-member similarity compares against.</summary>
    public int RecentMembers { get; init; } = 8;

    /// <summary>Terms kept of each recent member for the nearest-member similarity (its heaviest ones).</summary>
    public int SketchTerms { get; init; } = 300;

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

namespace Storyline.Core.Stories;

/// <summary>
/// Takes the clusterer's decisions while it learns from labelled clusters: the clusterer computes
/// its candidates and features as usual and records them, but a teacher who knows the gold
/// clusters says which story an article joins and which stories merge, so what is learned matches
/// the states the clusterer will really be in (Miranda et al. 2018 train the same way).
/// </summary>
internal interface IStoryTeacher
{
    /// <summary>The index of the candidate <paramref name="article"/> joins, or -1 to start a story.</summary>
    int Choose(ArticleProfile article, IReadOnlyList<StoryCandidate> candidates);

    /// <summary>Whether <paramref name="story"/> and <paramref name="other"/> (whose merge features are given) tell one event.</summary>
    bool Merge(StoryCandidate story, StoryCandidate other);
}

using System.Collections.Immutable;

namespace Storyline.Core.Stories;

/// <summary>
/// The separate similarities that decide whether an article belongs to a story, or two stories to
/// each other (Miranda et al. 2018): TF-IDF cosines per field, entity and place overlap, closeness in
/// time and the story's size. <see cref="StorySimilarityModel"/> weighs them; no field is trusted alone.
/// </summary>
internal static class StoryFeatures
{
    /// <summary>Feature names, in the order of the values, as the model file lists them.</summary>
    public static ImmutableArray<string> Names { get; } =
        ["text", "nearest_member", "lead", "lead_text", "entities", "places", "within_days", "within_weeks", "undated", "log_size"];

    /// <summary>
    /// How much text two sides really share: the better of the centroid and nearest-member cosines.
    /// Entities, places and time are left out on purpose: an outlet's name, its town and the day
    /// are shared by unrelated reports.
    /// </summary>
    public static double Content(ReadOnlySpan<double> features) => Math.Max(features[0], features[1]);

    /// <summary>The features of <paramref name="article"/> (published at <paramref name="published"/>) against <paramref name="story"/>.</summary>
    public static double[] Of(ArticleVector article, DateTimeOffset? published, StoryCluster story, TermStatistics statistics)
    {
        var undated = published is null || story.FirstPublished is null;
        var articleNorm = ArticleVector.Norm(article.Text, statistics);
        var storyNorm = ArticleVector.Norm(story.Text, statistics);
        return Values(
            ArticleVector.Cosine(article.Text, story.Text, statistics, articleNorm, storyNorm),
            story.Recent.Select(member => member.Cosine(article.Text, articleNorm, statistics)).DefaultIfEmpty(0).Max(),
            ArticleVector.Cosine(article.Lead, story.Lead, statistics),
            ArticleVector.Cosine(article.Lead, story.Text, statistics, null, storyNorm),
            ArticleVector.Cosine(article.Entities, story.Entities, statistics),
            ArticleVector.Cosine(article.Places, story.Places, statistics),
            undated ? 0 : story.DaysApart(published),
            undated,
            story.Members.Count);
    }

    /// <summary>The features of two stories, for the merge decision: the smaller one plays the article.</summary>
    public static double[] Of(StoryCluster story, StoryCluster other, TermStatistics statistics)
    {
        var (small, large) = story.Members.Count <= other.Members.Count ? (story, other) : (other, story);
        var undated = story.FirstPublished is null || other.FirstPublished is null;
        return Values(
            ArticleVector.Cosine(small.Text, large.Text, statistics),
            NearestMembers(small, large, statistics),
            ArticleVector.Cosine(small.Lead, large.Lead, statistics),
            ArticleVector.Cosine(small.Lead, large.Text, statistics),
            ArticleVector.Cosine(small.Entities, large.Entities, statistics),
            ArticleVector.Cosine(small.Places, large.Places, statistics),
            undated ? 0 : story.DaysApart(other),
            undated,
            small.Members.Count);
    }

    private static double NearestMembers(StoryCluster story, StoryCluster other, TermStatistics statistics)
    {
        var norms = other.Recent.Select(m => m.Norm(statistics)).ToArray();
        var best = 0.0;
        foreach (var member in story.Recent)
        {
            var norm = member.Norm(statistics);
            var i = 0;
            foreach (var otherMember in other.Recent)
            {
                best = Math.Max(best, member.Cosine(otherMember, norm, norms[i++], statistics));
            }
        }

        return best;
    }

    private static double[] Values(double text, double nearest, double lead, double leadText, double entities, double places, double days, bool undated, int size) =>
    [
        text,
        nearest,
        lead,
        leadText,
        entities,
        places,
        Math.Exp(-days / 3),
        Math.Exp(-days / 30),
        undated ? 1 : 0,
        Math.Log(1 + size),
    ];
}

using Storyline.Core.Stories;

namespace Storyline.Eval.Clustering;

/// <summary>
/// Drives the clusterer by the gold clusters while recording the features it computed, each labelled
/// with whether the pair belongs together: an article joins the candidate story whose gold cluster it
/// shares (most members first), else starts a story; two stories merge when they hold the same gold
/// cluster. A story's gold cluster is its members' most frequent one. Given a join model, joins follow
/// the model instead, so the stories that need merging are the ones the model really leaves apart.
/// </summary>
internal sealed class GoldStoryTeacher(IReadOnlyDictionary<string, IReadOnlyCollection<string>> gold, StorySimilarityModel? joinModel = null) : IStoryTeacher
{
    public List<(double[] Features, bool Label)> Joins { get; } = [];

    public List<(double[] Features, bool Label)> Merges { get; } = [];

    public int Choose(ArticleProfile article, IReadOnlyList<StoryCandidate> candidates)
    {
        var own = gold[article.Id];
        var chosen = -1;
        var chosenSize = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var belongs = own.Contains(GoldOf(candidates[i].Members));
            Joins.Add((candidates[i].Features, belongs));
            if (belongs && candidates[i].Members.Count > chosenSize)
            {
                (chosen, chosenSize) = (i, candidates[i].Members.Count);
            }
        }

        if (joinModel is not null)
        {
            // Candidates arrive most likely first.
            return candidates.Count > 0 && joinModel.JoinProbability(candidates[0].Features) >= joinModel.JoinThreshold ? 0 : -1;
        }

        return chosen;
    }

    public bool Merge(StoryCandidate story, StoryCandidate other)
    {
        var same = GoldOf(story.Members) == GoldOf(other.Members);
        Merges.Add((other.Features, same));
        return same;
    }

    private string GoldOf(IReadOnlyList<string> members) =>
        members.SelectMany(m => gold[m]).GroupBy(g => g, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
}

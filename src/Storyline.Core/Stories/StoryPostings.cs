namespace Storyline.Core.Stories;

/// <summary>
/// Inverted index from term (word, entity or place id) to the stories filed under it. Each list
/// keeps only its most recently filed stories, so a term shared by thousands of stories ("police")
/// costs a bounded lookup and candidate search stays flat as the stream grows.
/// </summary>
internal sealed class StoryPostings(int capacityPerTerm)
{
    private readonly Dictionary<int, List<int>> _postings = [];

    public void File(int term, int storySlot)
    {
        if (!_postings.TryGetValue(term, out var stories))
        {
            stories = [];
            _postings[term] = stories;
        }

        stories.Add(storySlot);
        if (stories.Count > 2 * capacityPerTerm)
        {
            stories.RemoveRange(0, stories.Count - capacityPerTerm);
        }
    }

    public IReadOnlyList<int> StoriesOf(int term) => _postings.TryGetValue(term, out var stories) ? stories : [];
}

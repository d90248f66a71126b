using System.Collections.Immutable;

namespace Storyline.Core.Stories;

/// <summary>
/// Online story clustering after Miranda et al. (2018): each article, in arrival order, joins the
/// most likely story or starts a new one. A learned model (<see cref="StorySimilarityModel"/>) weighs
/// separate similarities (<see cref="StoryFeatures"/>): TF-IDF cosines of the whole text and of the
/// title and lead against the story's centroids, the overlap of entities and of places, the time
/// between the article and the story, and the story's size. The model is consulted only when the
/// texts really share content (<see cref="StoryClusteringOptions.MinimumContentSimilarity"/>): time,
/// outlet and town are shared by every report of a busy day, so they may tip a join, never make one.
/// Candidate stories come from an inverted index over
/// the article's most distinctive terms and entities, so an article costs the same however many
/// stories exist. After a join, stories the model's merge decision finds converged merge, keeping the older id.
/// Copies of earlier texts join their origin's story directly; texts that are not news reports
/// (too short, or short and repeated verbatim like widgets and archive notices) stay out of stories.
/// Not thread-safe: one clusterer consumes one stream.
/// </summary>
public sealed class StoryClusterer
{
    private readonly StoryClusteringOptions _options;
    private readonly TermStatistics _statistics;
    private readonly StoryPostings _postings;
    private readonly WireCopyLinker _copies;
    private readonly List<StoryCluster> _stories = [];
    private readonly Dictionary<string, int> _storyOfArticle = new(StringComparer.Ordinal);
    private readonly HashSet<string> _storyIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _nonArticles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ArticleVector> _shortArticles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _articles = new(StringComparer.Ordinal);
    private readonly Queue<(int Slot, DateTimeOffset At)> _lastUpdates = new();
    private long _arrivals;
    private DateTimeOffset? _newest;

    public StoryClusterer(StoryClusteringOptions? options = null)
    {
        _options = options ?? new StoryClusteringOptions();
        _statistics = new TermStatistics(_options.BackgroundDocuments);
        _postings = new StoryPostings(_options.PostingsPerTerm);
        _copies = new WireCopyLinker(_options.CopyJaccard, _options.CopyWindow);
    }

    /// <summary>Copies of earlier texts, each mapped to the origin of its group (see <see cref="WireCopyLinker"/>).</summary>
    public WireCopyLinker Copies => _copies;

    /// <summary>Articles kept out of stories, with the reason.</summary>
    public IReadOnlyDictionary<string, string> NonArticles => _nonArticles;

    /// <summary>The standing stories, oldest first.</summary>
    public IReadOnlyList<StorySnapshot> Stories =>
        [.. _stories.Where(s => s.MergedInto < 0 && !s.IsEmpty).OrderBy(s => s.FoundedArrival).Select(Snapshot)];

    /// <summary>The story an article belongs to now, or null (unknown article, or not an article).</summary>
    public string? StoryOf(string articleId) =>
        _storyOfArticle.TryGetValue(articleId, out var slot) ? Resolve(slot).Id : null;

    public StoryAssignment Add(ArticleProfile article) => Add(article, null);

    /// <summary>Adds an article, letting <paramref name="teacher"/> (when given) take the join and merge decisions.</summary>
    internal StoryAssignment Add(ArticleProfile article, IStoryTeacher? teacher)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!_articles.Add(article.Id))
        {
            return new StoryAssignment(article.Id, StoryOf(article.Id), StoryDecision.AlreadyKnown, 0, [], Origin(article.Id), _nonArticles.GetValueOrDefault(article.Id));
        }

        var arrival = _arrivals++;
        RetireStale(article.Published);
        var vector = ArticleVector.Of(article, _statistics);
        _statistics.Observe(vector.DistinctTerms());
        var copy = _copies.Add(article.Id, article.Body, article.Published);

        if (vector.Words < _options.MinimumArticleWords)
        {
            return NonArticle(article, $"only {vector.Words} words");
        }

        if (copy is not null && vector.Words < _options.RecurrentFurnitureWords && !IsTimelyCopy(article.Published, copy.NearestId))
        {
            // A short text seen before near-verbatim is a widget or notice pasted on many pages, not a
            // republished report: take every earlier copy out of its story too.
            var reason = $"short text ({vector.Words} words) repeated from {copy.NearestId}";
            Demote(copy.NearestId, reason);
            return NonArticle(article, reason);
        }

        if (vector.Words < _options.RecurrentFurnitureWords)
        {
            _shortArticles[article.Id] = vector;
        }

        if (copy is not null && _storyOfArticle.TryGetValue(copy.NearestId, out var originSlot) && !Resolve(originSlot).IsRetired)
        {
            var story = Resolve(originSlot);
            Join(story, article, vector);
            return new StoryAssignment(article.Id, story.Id, StoryDecision.Copy, copy.Jaccard, [], copy.OriginId, null);
        }

        if (copy is not null && _nonArticles.ContainsKey(copy.NearestId))
        {
            return NonArticle(article, $"copy of non-article {copy.NearestId}");
        }

        var scored = ScoreCandidates(article, vector);
        var chosen = teacher is not null
            ? teacher.Choose(article, [.. scored.Select(c => new StoryCandidate(c.Story.Id, c.Story.Members, c.Features))])
            : scored.Count > 0 && scored[0].Probability >= _options.JoinThreshold ? 0 : -1;
        if (chosen >= 0)
        {
            var (best, _, probability) = scored[chosen];
            Join(best, article, vector);
            var merged = MergeConverged(best, scored.Where((_, i) => i != chosen).Select(s => s.Story), teacher);
            var survivor = Resolve(best.Slot);
            return new StoryAssignment(article.Id, survivor.Id, StoryDecision.Joined, probability, merged, copy?.OriginId, null);
        }

        var founded = Found(article, vector, arrival);
        return new StoryAssignment(article.Id, founded.Id, StoryDecision.Started, 0, [], copy?.OriginId, null);
    }

    /// <summary>
    /// A short text repeated within a couple of days of its original is a wire brief re-sent or
    /// republished; page furniture recurs over weeks, or on undated pages where nothing else tells
    /// the two apart.
    /// </summary>
    private bool IsTimelyCopy(DateTimeOffset? published, string originalId) =>
        published is { } time && _copies.PublishedOf(originalId) is { } original
        && Math.Abs((time - original).TotalDays) <= _options.CopyDays;

    private string? Origin(string articleId)
    {
        var origin = _copies.OriginOf(articleId);
        return origin == articleId ? null : origin;
    }

    private StoryAssignment NonArticle(ArticleProfile article, string reason)
    {
        _nonArticles[article.Id] = reason;
        return new StoryAssignment(article.Id, null, StoryDecision.NonArticle, 0, [], Origin(article.Id), reason);
    }

    private void Demote(string articleId, string reason)
    {
        if (_nonArticles.ContainsKey(articleId))
        {
            return;
        }

        _nonArticles[articleId] = reason;
        if (_storyOfArticle.Remove(articleId, out var slot) && _shortArticles.Remove(articleId, out var vector))
        {
            Resolve(slot).Remove(articleId, vector);
        }
    }

    private List<(StoryCluster Story, double[] Features, double Probability)> ScoreCandidates(ArticleProfile article, ArticleVector vector)
    {
        // Look stories up by the article's most distinctive terms, entities and places; rank them by
        // the IDF mass they share, and score only the best few in full.
        var query = vector.Text.Select(p => (Term: p.Key, Weight: p.Value * _statistics.Idf(p.Key)))
            .OrderByDescending(p => p.Weight).Take(_options.QueryTerms)
            .Concat(vector.Names().Select(p => (Term: p.Key, Weight: p.Value * _statistics.Idf(p.Key))).OrderByDescending(p => p.Weight).Take(_options.QueryTerms / 2));
        var shared = new Dictionary<int, double>();
        foreach (var (term, _) in query)
        {
            var idf = _statistics.Idf(term);
            foreach (var slot in _postings.StoriesOf(term))
            {
                var story = Resolve(slot);
                shared[story.Slot] = shared.GetValueOrDefault(story.Slot) + idf;
            }
        }

        return [.. shared.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(_options.Candidates)
            .Select(p => _stories[p.Key])
            .Where(s => !s.IsEmpty && !s.IsRetired)
            .Select(s => (Story: s, Features: StoryFeatures.Of(vector, article.Published, s, _statistics)))
            .Where(s => StoryFeatures.Content(s.Features) >= _options.MinimumContentSimilarity)
            .Select(s => (s.Story, s.Features, Probability: _options.Model.JoinProbability(s.Features)))
            .OrderByDescending(s => s.Probability).ThenBy(s => s.Story.FoundedArrival)];
    }

    /// <summary>Retires stories whose last article is older than the retirement age, oldest first.</summary>
    private void RetireStale(DateTimeOffset? published)
    {
        if (published is { } time && (_newest is null || time > _newest))
        {
            _newest = time;
        }

        while (_newest is { } newest && _lastUpdates.TryPeek(out var head) && newest - head.At > _options.RetireAfter)
        {
            _lastUpdates.Dequeue();
            var story = _stories[head.Slot];
            if (story.MergedInto < 0 && !story.IsRetired && (story.LastPublished is not { } last || last <= head.At))
            {
                story.Retire();
            }
        }
    }

    private StoryCluster Found(ArticleProfile article, ArticleVector vector, long arrival)
    {
        var id = StoryIds.FromContentHash(article.ContentHash);
        for (var n = 2; !_storyIds.Add(id); n++)
        {
            id = $"{StoryIds.FromContentHash(article.ContentHash)}-{n}";
        }

        var story = new StoryCluster(id, _stories.Count, arrival);
        _stories.Add(story);
        Join(story, article, vector);
        return story;
    }

    private void Join(StoryCluster story, ArticleProfile article, ArticleVector vector)
    {
        story.Add(article.Id, vector, MemberSketch.Of(vector.Text, _options.SketchTerms, _statistics), article.Published, _options.RecentMembers);
        _storyOfArticle[article.Id] = story.Slot;
        if (article.Published is { } published)
        {
            _lastUpdates.Enqueue((story.Slot, published));
        }

        foreach (var term in vector.Text.OrderByDescending(p => p.Value * _statistics.Idf(p.Key)).Take(_options.QueryTerms).Select(p => p.Key)
            .Concat(vector.Names().Select(p => p.Key)))
        {
            if (story.Posted.Add(term))
            {
                _postings.File(term, story.Slot);
            }
        }

        story.Trim(_options.CentroidTerms, _statistics);
    }

    private ImmutableArray<string> MergeConverged(StoryCluster joined, IEnumerable<StoryCluster> others, IStoryTeacher? teacher)
    {
        var merged = ImmutableArray.CreateBuilder<string>();
        var survivor = joined;
        foreach (var other in others)
        {
            var candidate = Resolve(other.Slot);
            if (candidate == survivor || candidate.IsEmpty || candidate.IsRetired)
            {
                continue;
            }

            var features = StoryFeatures.Of(survivor, candidate, _statistics);
            if (StoryFeatures.Content(features) < _options.MinimumContentSimilarity)
            {
                continue;
            }

            var merge = teacher is not null
                ? teacher.Merge(new StoryCandidate(survivor.Id, survivor.Members, []), new StoryCandidate(candidate.Id, candidate.Members, features))
                : _options.Model.MergeProbability(features) >= _options.MergeThreshold;
            if (!merge)
            {
                continue;
            }

            // The older story keeps its id, so ids users have seen stay valid.
            var (keeper, absorbed) = candidate.FoundedArrival < survivor.FoundedArrival ? (candidate, survivor) : (survivor, candidate);
            keeper.Absorb(absorbed, _options.RecentMembers);
            absorbed.MergedInto = keeper.Slot;
            if (keeper.LastPublished is { } last)
            {
                _lastUpdates.Enqueue((keeper.Slot, last));
            }

            merged.Add(absorbed.Id);
            survivor = keeper;
        }

        return merged.ToImmutable();
    }

    private StoryCluster Resolve(int slot)
    {
        var story = _stories[slot];
        while (story.MergedInto >= 0)
        {
            story = _stories[story.MergedInto];
        }

        return story;
    }

    private static StorySnapshot Snapshot(StoryCluster story) =>
        new(story.Id, [.. story.Members], story.FirstPublished, story.LastPublished);
}

namespace Storyline.Core.Stories;

/// <summary>
/// The clusterer's working state for one story: members, time span and centroids (summed article
/// weights). Mutable and private to <see cref="StoryClusterer"/>; callers see <see cref="StorySnapshot"/>.
/// </summary>
internal sealed class StoryCluster(string id, int slot, long foundedArrival)
{
    public string Id { get; } = id;

    public int Slot { get; } = slot;

    /// <summary>Arrival number of the founding article: the lower, the older the story.</summary>
    public long FoundedArrival { get; private set; } = foundedArrival;

    public List<string> Members { get; } = [];

    /// <summary>The latest few members' sketches, for the nearest-member similarity (a story's centroid blurs as it grows).</summary>
    public Queue<MemberSketch> Recent { get; } = new();

    public Dictionary<int, float> Text { get; } = [];

    public Dictionary<int, float> Lead { get; } = [];

    public Dictionary<int, float> Entities { get; } = [];

    public Dictionary<int, float> Places { get; } = [];

    /// <summary>Terms under which this story is filed in the inverted index.</summary>
    public HashSet<int> Posted { get; } = [];

    public DateTimeOffset? FirstPublished { get; private set; }

    public DateTimeOffset? LastPublished { get; private set; }

    /// <summary>The story that absorbed this one, or -1 while it stands on its own.</summary>
    public int MergedInto { get; set; } = -1;

    public bool IsEmpty => Members.Count == 0;

    /// <summary>Retired stories keep their members but no centroid, and take no more articles.</summary>
    public bool IsRetired { get; private set; }

    public void Retire()
    {
        IsRetired = true;
        Text.Clear();
        Text.TrimExcess();
        Lead.Clear();
        Lead.TrimExcess();
        Entities.Clear();
        Entities.TrimExcess();
        Places.Clear();
        Places.TrimExcess();
        Posted.Clear();
        Posted.TrimExcess();
        Recent.Clear();
        Recent.TrimExcess();
    }

    public void Add(string articleId, ArticleVector vector, MemberSketch sketch, DateTimeOffset? published, int recentMembers)
    {
        Members.Add(articleId);
        Remember(sketch, recentMembers);
        AddTo(Text, vector.Text, Unit(vector.Text));
        AddTo(Lead, vector.Lead, Unit(vector.Lead));
        AddTo(Entities, vector.Entities, Unit(vector.Entities));
        AddTo(Places, vector.Places, Unit(vector.Places));
        Widen(published, published);
    }

    /// <summary>Takes an article back out (one found, too late, to be page furniture).</summary>
    public void Remove(string articleId, ArticleVector vector)
    {
        if (Members.Remove(articleId))
        {
            AddTo(Text, vector.Text, -Unit(vector.Text));
            AddTo(Lead, vector.Lead, -Unit(vector.Lead));
            AddTo(Entities, vector.Entities, -Unit(vector.Entities));
            AddTo(Places, vector.Places, -Unit(vector.Places));
        }
    }

    public void Absorb(StoryCluster other, int recentMembers)
    {
        Members.AddRange(other.Members);
        foreach (var sketch in other.Recent)
        {
            Remember(sketch, recentMembers);
        }

        AddTo(Text, other.Text, 1);
        AddTo(Lead, other.Lead, 1);
        AddTo(Entities, other.Entities, 1);
        AddTo(Places, other.Places, 1);
        Posted.UnionWith(other.Posted);
        Widen(other.FirstPublished, other.LastPublished);
        FoundedArrival = Math.Min(FoundedArrival, other.FoundedArrival);
        other.Members.Clear();
        other.Text.Clear();
        other.Lead.Clear();
        other.Entities.Clear();
        other.Places.Clear();
        other.Posted.Clear();
        other.Recent.Clear();
    }

    /// <summary>Days between <paramref name="published"/> and the story's span; 0 inside it or when either is undated.</summary>
    public double DaysApart(DateTimeOffset? published)
    {
        if (published is not { } time || FirstPublished is not { } first || LastPublished is not { } last)
        {
            return 0;
        }

        return time < first ? (first - time).TotalDays : time > last ? (time - last).TotalDays : 0;
    }

    /// <summary>Days between the two stories' spans; 0 when they overlap or either is undated.</summary>
    public double DaysApart(StoryCluster other)
    {
        if (other.FirstPublished is not { } first || other.LastPublished is not { } last || FirstPublished is not { } ownFirst || LastPublished is not { } ownLast)
        {
            return 0;
        }

        return Math.Max(0, Math.Max((first - ownLast).TotalDays, (ownFirst - last).TotalDays));
    }

    /// <summary>Keeps the centroid to its heaviest terms so comparisons cost the same however long the story runs.</summary>
    public void Trim(int maximumTerms, TermStatistics statistics)
    {
        if (Text.Count <= 2 * maximumTerms)
        {
            return;
        }

        var keep = Text.OrderByDescending(p => p.Value * statistics.Idf(p.Key)).Take(maximumTerms).Select(p => p.Key).ToHashSet();
        foreach (var term in Text.Keys.Where(t => !keep.Contains(t)).ToList())
        {
            Text.Remove(term);
        }
    }

    private void Remember(MemberSketch sketch, int recentMembers)
    {
        Recent.Enqueue(sketch);
        while (Recent.Count > recentMembers)
        {
            Recent.Dequeue();
        }
    }

    private void Widen(DateTimeOffset? first, DateTimeOffset? last)
    {
        if (first is { } f && (FirstPublished is null || f < FirstPublished))
        {
            FirstPublished = f;
        }

        if (last is { } l && (LastPublished is null || l > LastPublished))
        {
            LastPublished = l;
        }
    }

    /// <summary>Scales an article's counts to unit length, so every member weighs the same in the centroid however long it is.</summary>
    private static float Unit(Dictionary<int, float> vector)
    {
        var sum = 0f;
        foreach (var weight in vector.Values)
        {
            sum += weight * weight;
        }

        return sum == 0 ? 0 : 1 / MathF.Sqrt(sum);
    }

    private static void AddTo(Dictionary<int, float> centroid, Dictionary<int, float> vector, float sign)
    {
        foreach (var (term, weight) in vector)
        {
            var sum = centroid.GetValueOrDefault(term) + (sign * weight);
            if (sum <= 1e-4f)
            {
                centroid.Remove(term);
            }
            else
            {
                centroid[term] = sum;
            }
        }
    }
}

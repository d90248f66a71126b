namespace Storyline.Core.Stories;

/// <summary>
/// An article as sparse term counts, by term id: the whole text (title included), the title and
/// lead, the entities, and the places. Weights are sublinear (1 + ln count); IDF is applied at
/// comparison time, since it changes as the stream grows.
/// </summary>
internal sealed record ArticleVector(
    Dictionary<int, float> Text,
    Dictionary<int, float> Lead,
    Dictionary<int, float> Entities,
    Dictionary<int, float> Places,
    int Words)
{
    public static ArticleVector Of(ArticleProfile article, TermStatistics statistics)
    {
        var text = new Dictionary<string, int>(StringComparer.Ordinal);
        var lead = new Dictionary<string, int>(StringComparer.Ordinal);
        if (article.Title is { } title)
        {
            StoryTerms.Default.Count(title, text);
            StoryTerms.Default.Count(title, lead);
        }

        StoryTerms.Default.Count(article.Body, text);
        StoryTerms.Default.Count(article.Lead, lead);
        var entities = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in article.EntityKeys)
        {
            entities[key] = entities.GetValueOrDefault(key) + 1;
        }

        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in article.PlaceKeys)
        {
            places[key] = places.GetValueOrDefault(key) + 1;
        }

        var words = 0;
        foreach (var _ in new WordSpans(article.Body))
        {
            words++;
        }

        return new ArticleVector(Ids(text, statistics), Ids(lead, statistics), Ids(entities, statistics), Ids(places, statistics), words);
    }

    /// <summary>Every distinct term id of the article, for document frequencies.</summary>
    public IEnumerable<int> DistinctTerms() => Text.Keys.Concat(Entities.Keys).Concat(Places.Keys).Concat(Lead.Keys.Where(t => !Text.ContainsKey(t)));

    /// <summary>The entities and places together: the keys under which stories are looked up besides words.</summary>
    public IEnumerable<KeyValuePair<int, float>> Names() => Entities.Concat(Places);

    /// <summary>Cosine of <paramref name="vector"/> and <paramref name="centroid"/> with both weighted by IDF.</summary>
    public static double Cosine(Dictionary<int, float> vector, Dictionary<int, float> centroid, TermStatistics statistics) =>
        Cosine(vector, centroid, statistics, null, null);

    /// <summary>The same cosine, with either norm given when the caller already has it.</summary>
    public static double Cosine(Dictionary<int, float> vector, Dictionary<int, float> centroid, TermStatistics statistics, double? vectorNorm, double? centroidNorm)
    {
        if (vector.Count == 0 || centroid.Count == 0)
        {
            return 0;
        }

        var (small, large) = vector.Count <= centroid.Count ? (vector, centroid) : (centroid, vector);
        var dot = 0.0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out var other))
            {
                var idf = statistics.Idf(term);
                dot += weight * other * idf * idf;
            }
        }

        return dot == 0 ? 0 : dot / ((vectorNorm ?? Norm(vector, statistics)) * (centroidNorm ?? Norm(centroid, statistics)));
    }

    public static double Norm(Dictionary<int, float> vector, TermStatistics statistics)
    {
        var sum = 0.0;
        foreach (var (term, weight) in vector)
        {
            var weighted = weight * statistics.Idf(term);
            sum += weighted * weighted;
        }

        return Math.Sqrt(sum);
    }

    private static Dictionary<int, float> Ids(Dictionary<string, int> counts, TermStatistics statistics)
    {
        var vector = new Dictionary<int, float>(counts.Count);
        foreach (var (term, count) in counts)
        {
            vector[statistics.IdOf(term)] = 1 + MathF.Log(count);
        }

        return vector;
    }
}

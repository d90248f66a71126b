using System.Collections.Immutable;
using Storyline.Core.Model;

namespace Storyline.Core.Briefings;

/// <summary>
/// The main entities and places of a story: the linked mentions and resolved places of its articles,
/// merged by their cross-article keys and ranked by how many articles name them, then by mentions.
/// Reads the EntityMentions and Places layers.
/// </summary>
public static class StoryMentions
{
    public static ImmutableArray<StoryEntity> Entities(IReadOnlyList<StoryArticle> articles, int max = 15) =>
    [
        .. Ranked(articles, Layers.EntityMentions, m => m.CanonicalKey, m => m.CanonicalName, max).Select(t => new StoryEntity(
            t.Key, t.Name, t.First.Type, t.Mentions, [.. t.ArticleIds])),
    ];

    public static ImmutableArray<StoryPlace> Places(IReadOnlyList<StoryArticle> articles, int max = 25) =>
    [
        .. Ranked(articles, Layers.Places, p => p.Key, p => p.Name, max).Select(t => new StoryPlace(
            t.Key, t.First.Name, t.First.Kind.ToString().ToLowerInvariant(), t.First.CountryCode, t.First.CountryName,
            t.First.Latitude, t.First.Longitude, t.Mentions, [.. t.ArticleIds])),
    ];

    /// <summary>The items of one layer across the articles, merged by key, most articles first, then most mentions.</summary>
    private static IEnumerable<Tally<T>> Ranked<T>(
        IReadOnlyList<StoryArticle> articles, LayerKey<T> layer, Func<T, string> key, Func<T, string> name, int max)
        where T : Annotation
    {
        var tallies = new Dictionary<string, Tally<T>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var item in article.Document.Get(layer))
            {
                if (!tallies.TryGetValue(key(item), out var tally))
                {
                    tallies[key(item)] = tally = new Tally<T>(key(item), item);
                }

                tally.Add(name(item), article.Id);
            }
        }

        return tallies.Values
            .OrderByDescending(t => t.ArticleIds.Count).ThenByDescending(t => t.Mentions).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(max);
    }

    private sealed class Tally<T>(string key, T first)
        where T : Annotation
    {
        public string Key { get; } = key;

        public T First { get; } = first;

        public int Mentions { get; private set; }

        public List<string> ArticleIds { get; } = [];

        /// <summary>The longest name any article gives ("Emmanuel Macron" over "Macron").</summary>
        public string Name { get; private set; } = string.Empty;

        /// <remarks>Articles are counted in turn, so a new article id differs from the last one added.</remarks>
        public void Add(string name, string articleId)
        {
            Mentions++;
            if (ArticleIds.Count == 0 || ArticleIds[^1] != articleId)
            {
                ArticleIds.Add(articleId);
            }

            if (name.Length > Name.Length)
            {
                Name = name;
            }
        }
    }
}

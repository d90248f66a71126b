using System.Collections.Immutable;
using Storyline.Core.Model;
using Storyline.Core.Reconciliation;

namespace Storyline.Core.Briefings;

/// <summary>
/// The main entities and places of a story: the linked mentions and resolved places of its articles,
/// merged by their cross-article keys and ranked by how many articles name them, then by mentions.
/// Reads the EntityMentions and Places layers.
/// </summary>
public static class StoryMentions
{
    public static ImmutableArray<StoryEntity> Entities(IReadOnlyList<StoryArticle> articles, int max = 15)
    {
        var tallies = new Dictionary<string, Tally<EntityMention>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var mention in article.Document.Get(Layers.EntityMentions))
            {
                Count(tallies, mention.CanonicalKey, mention.CanonicalName, mention, article.Id);
            }
        }

        return
        [
            .. Ranked(tallies, max).Select(t => new StoryEntity(
                t.Key, t.Name, t.First.Type, t.Mentions, [.. t.ArticleIds])),
        ];
    }

    public static ImmutableArray<StoryPlace> Places(IReadOnlyList<StoryArticle> articles, int max = 25)
    {
        var tallies = new Dictionary<string, Tally<Place>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var place in article.Document.Get(Layers.Places))
            {
                Count(tallies, place.Key, place.Name, place, article.Id);
            }
        }

        return
        [
            .. Ranked(tallies, max).Select(t => new StoryPlace(
                t.Key, t.First.Name, t.First.Kind.ToString().ToLowerInvariant(), t.First.CountryCode, t.First.CountryName,
                t.First.Latitude, t.First.Longitude, t.Mentions, [.. t.ArticleIds])),
        ];
    }

    private static void Count<T>(Dictionary<string, Tally<T>> tallies, string key, string name, T item, string articleId)
        where T : Annotation
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tallies[key] = tally = new Tally<T>(key, item);
        }

        tally.Add(name, articleId);
    }

    private static IEnumerable<Tally<T>> Ranked<T>(Dictionary<string, Tally<T>> tallies, int max)
        where T : Annotation =>
        tallies.Values
            .OrderByDescending(t => t.ArticleIds.Count).ThenByDescending(t => t.Mentions).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(max);

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

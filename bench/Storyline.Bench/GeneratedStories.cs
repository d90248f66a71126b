using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Storyline.Core.Extraction;
using Storyline.Core.Stories;

namespace Storyline.Bench;

/// <summary>
/// A deterministic stream of news-like articles grouped into stories, for clustering throughput:
/// every story has its own invented people, places and keywords (syllable names, so the vocabulary
/// keeps growing like a real stream's), about a dozen articles spread over a few days, and shares
/// the common news vocabulary with all other stories. About 40 stories start per day, so at any
/// time a few hundred are active. Nothing here is real reporting.
/// </summary>
internal static class GeneratedStories
{
    private static readonly string[] Syllables = ["ka", "lo", "mer", "dan", "vi", "sto", "re", "ul", "bra", "ne", "tor", "sa", "qui", "fen", "do", "mar", "li", "gur", "ho", "ze"];
    private static readonly string[] Common =
    [
        "officials", "residents", "government", "police", "council", "minister", "report", "water", "roads", "schools", "hospital",
        "market", "prices", "workers", "union", "court", "election", "party", "army", "border", "village", "district", "region",
        "capital", "company", "shares", "investors", "bank", "talks", "agreement", "protest", "crowd", "fire", "storm", "flood",
        "rescue", "teams", "families", "children", "houses", "power", "bridge", "train", "ship", "airport", "budget", "tax", "health",
    ];

    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IEnumerable<ArticleProfile> Articles(int count, int seed)
    {
        var random = new Random(seed);
        var active = new List<Story>();
        var time = Epoch;
        for (var i = 0; i < count; i++)
        {
            // ~480 articles a day: one every three minutes.
            time = time.AddMinutes(3);
            active.RemoveAll(s => s.Remaining == 0 || (time - s.Started).TotalDays > 5);
            if (active.Count == 0 || random.Next(12) == 0)
            {
                active.Add(NewStory(random, time));
            }

            var story = active[random.Next(active.Count)];
            story.Remaining--;
            yield return Article(random, story, i, time);
        }
    }

    private static Story NewStory(Random random, DateTimeOffset time) => new(
        [.. Enumerable.Range(0, 3).Select(_ => Name(random, 2) + " " + Name(random, 3))],
        [.. Enumerable.Range(0, 2).Select(_ => Name(random, 3))],
        [.. Enumerable.Range(0, 6).Select(_ => Name(random, 3).ToLowerInvariant())],
        time,
        random.Next(4, 20));

    private static ArticleProfile Article(Random random, Story story, int index, DateTimeOffset published)
    {
        var text = new StringBuilder(2_000);
        var entities = ImmutableArray.CreateBuilder<string>();
        var places = ImmutableArray.CreateBuilder<string>();
        var sentences = random.Next(12, 22);
        for (var s = 0; s < sentences; s++)
        {
            var person = story.People[random.Next(story.People.Length)];
            var place = story.Places[random.Next(story.Places.Length)];
            entities.Add("per:" + person.ToLowerInvariant());
            places.Add("place:XX:" + place);
            text.Append(CultureInfo.InvariantCulture, $"{person} said the {Pick(random, story.Keywords)} in {place} had left {random.Next(2, 900)} {Pick(random, Common)} ")
                .Append(CultureInfo.InvariantCulture, $"facing {Pick(random, Common)} and {Pick(random, story.Keywords)}, while {Pick(random, Common)} and {Pick(random, Common)} ")
                .Append(CultureInfo.InvariantCulture, $"waited for the {Pick(random, Common)} near the {Pick(random, story.Keywords)}. ");
            if (s % 4 == 3)
            {
                text.Append("\n\n");
            }
        }

        var body = text.ToString().TrimEnd();
        return ArticleProfile.Of(
            $"gen-{index}",
            ContentHash.Of(body + index.ToString(CultureInfo.InvariantCulture)),
            $"{story.People[0]} and the {story.Keywords[0]} in {story.Places[0]}",
            body,
            published,
            entities.ToImmutable(),
            places.ToImmutable());
    }

    private static string Name(Random random, int syllables)
    {
        var name = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            name.Append(Syllables[random.Next(Syllables.Length)]);
        }

        name[0] = char.ToUpperInvariant(name[0]);
        return name.ToString();
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private sealed class Story(string[] people, string[] places, string[] keywords, DateTimeOffset started, int articles)
    {
        public string[] People { get; } = people;

        public string[] Places { get; } = places;

        public string[] Keywords { get; } = keywords;

        public DateTimeOffset Started { get; } = started;

        public int Remaining { get; set; } = articles;
    }
}

using System.Globalization;
using System.Text;
using Storyline.Core.Model;

namespace Storyline.Bench;

/// <summary>
/// Deterministic newswire-like articles for throughput runs: fictional people with titles and
/// surname repeats, organisations with acronyms, places, figures, dates and quotes, so every
/// language stage has work to do. Nothing here is real reporting.
/// </summary>
internal static class GeneratedNews
{
    private static readonly string[] Given = ["Lena", "Tomas", "Mira", "Aimé", "Josué", "Farida", "Pradeep", "Hélène", "Didier", "Marisol", "Kofi", "Ingrid"];
    private static readonly string[] Family = ["Marsh", "Lind", "Okafor", "Mbusa", "Kakule", "Rahman", "Senapati", "Moreau", "Kambale", "Tapia", "Mensah", "Holm"];
    private static readonly string[] Titles = ["President", "Governor", "Mayor", "Minister", "General", "Dr."];
    private static readonly (string Name, string Acronym)[] Organisations =
    [
        ("Lake Rescue Service", "LRS"), ("Coastal Relief Agency", "CRA"), ("Northern Rail Company", "NRC"),
        ("United Nations", "UN"), ("World Health Organization", "WHO"), ("Ministry of Water", "MOW"),
    ];

    private static readonly string[] Places = ["Port Aldane", "Lanmere", "Geneva", "Goma", "Huaraz", "Chandpur", "Kendrapara", "Butembo", "Lima", "Dhaka"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] Months = ["January", "March", "May", "July", "September", "November"];

    public static IReadOnlyList<Document> Articles(int count, int seed)
    {
        var random = new Random(seed);
        var articles = new List<Document>(count);
        for (var i = 0; i < count; i++)
        {
            var text = Article(random);
            articles.Add(new Document(text, ArticleMetadata.Empty with { Published = new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero) }));
        }

        return articles;
    }

    private static string Article(Random random)
    {
        var text = new StringBuilder(6_000);
        var person = (Given: Pick(random, Given), Family: Pick(random, Family));
        var other = (Given: Pick(random, Given), Family: Pick(random, Family));
        var organisation = Pick(random, Organisations);
        var place = Pick(random, Places);
        text.Append(CultureInfo.InvariantCulture, $"{person.Family} warns of delays as {organisation.Acronym} boats reach {place}\n\n");
        var paragraphs = random.Next(6, 12);
        for (var p = 0; p < paragraphs; p++)
        {
            var sentences = random.Next(2, 5);
            for (var s = 0; s < sentences; s++)
            {
                text.Append(Sentence(random, person, other, organisation, place)).Append(' ');
            }

            text.Length--;
            text.Append("\n\n");
        }

        return text.ToString().TrimEnd();
    }

    private static string Sentence(
        Random random, (string Given, string Family) person, (string Given, string Family) other, (string Name, string Acronym) organisation, string place)
    {
        var number = random.Next(2, 5000).ToString("N0", CultureInfo.InvariantCulture);
        var day = Pick(random, Days);
        return random.Next(10) switch
        {
            0 => $"{Pick(random, Titles)} {person.Given} {person.Family} said on {day} that at least {number} people had been moved from {place}.",
            1 => $"The {organisation.Name} ({organisation.Acronym}) said its teams had reached {Pick(random, Places)} by {random.Next(1, 12)} p.m. local time.",
            2 => $"\"We are doing what we can,\" {person.Family} told reporters in {place}, adding that the agency needed {number} more tents.",
            3 => $"Mr. {other.Family}, who leads the {organisation.Acronym} office in {Pick(random, Places)}, said the figure could rise to {number}.",
            4 => $"On {random.Next(1, 29)} {Pick(random, Months)} 2026, the ministry said roads to {place} had reopened after {random.Next(2, 9)} days.",
            5 => $"{other.Given} {other.Family}, a spokesperson for the {organisation.Name}, said the agency had spent ${random.Next(1, 90)}.{random.Next(1, 9)} million since {day}.",
            6 => $"Residents said the water rose {random.Next(1, 4)}.{random.Next(0, 9)} metres in {random.Next(2, 48)} hours, cutting the road between {place} and {Pick(random, Places)}.",
            7 => $"The president's office did not respond to a request for comment; {person.Family}'s aides said a statement would follow next week.",
            8 => $"About {random.Next(10, 90)}% of the {number} households in the district were without power, according to the {organisation.Acronym}.",
            _ => $"Earlier this month, officials in {place} counted {number} damaged homes and {random.Next(2, 60)} schools, the {organisation.Name} said.",
        };
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}

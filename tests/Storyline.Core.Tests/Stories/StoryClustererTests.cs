using Storyline.Core.Extraction;
using Storyline.Core.Stories;

namespace Storyline.Core.Tests.Stories;

public class StoryClustererTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static readonly string[] FerryPhrases =
    [
        "The ferry Lanmere Star capsized on the Osk river near Port Aldane with about 200 passengers aboard.",
        "Divers from the river rescue service recovered more bodies from the hull of the Lanmere Star.",
        "Relatives gathered at the Port Aldane jetty as the toll from the capsized ferry rose.",
        "The ferry was licensed for 150 passengers and left the upstream terminal late, survivors said.",
        "Governor Ilse Marrow ordered an inquiry into the ferry operator, Osk Navigation Company.",
        "The lower deck flooded within minutes when the ferry turned across the current.",
    ];

    private static readonly string[] MinePhrases =
    [
        "A tunnel collapsed at the Vardel copper mine in the Kest highlands, trapping 40 miners underground.",
        "Rescuers drilled a narrow shaft toward the trapped miners at the Vardel copper mine.",
        "The mine operator Kest Copper said ventilation had been restored to the lower gallery.",
        "Families of the trapped miners waited at the Vardel gate as the drilling continued overnight.",
        "Inspectors had warned Kest Copper about cracks in the tunnel roof last winter, documents show.",
        "The first of the miners was hauled to the surface in a steel capsule on the third day.",
    ];

    [Fact]
    public void Articles_about_two_events_form_two_stories()
    {
        var clusterer = new StoryClusterer();
        var articles = Interleave(Story("ferry", FerryPhrases, ["org:osk navigation company", "per:ilse marrow"]), Story("mine", MinePhrases, ["org:kest copper"]));
        foreach (var article in articles)
        {
            clusterer.Add(article);
        }

        Assert.Equal(2, clusterer.Stories.Count);
        Assert.All(clusterer.Stories, s => Assert.Single(s.ArticleIds.Select(id => id.Split('-')[0]).Distinct()));
    }

    [Fact]
    public void Unrelated_events_on_the_same_days_from_one_outlet_stay_apart()
    {
        // A local outlet's two days: five unrelated events in one county, reported in turn, a few
        // hours apart. Time, outlet, town and everyday words are shared by all; only the content says
        // which reports belong together.
        var events = new (string Name, string[] Entities, string[] Places, string[] Reports)[]
        {
            ("ferry", ["org:lanmere ferry company"], ["place:kestle point"],
            [
                "The Lanmere ferry ran aground on the sandbank off Kestle Point in a storm on Monday night, and lifeboat crews took forty passengers off the stranded vessel.",
                "Divers inspected the hull of the Lanmere ferry that ran aground off Kestle Point in Monday's storm and found a gash along the keel, the ferry company said.",
                "The coastguard opened an inquiry into why the Lanmere ferry left harbour in a storm warning before grounding on the Kestle Point sandbank with forty passengers aboard.",
            ]),
            ("bridge", ["org:county roads office"], ["place:vardon"],
            [
                "The old Vardon bridge over the river Alde was closed to lorries after engineers found cracks in two of its stone arches, the county roads office said.",
                "Traders in Vardon market said the detour through Ostby around the closed bridge added an hour to every delivery, and asked for the arches to be propped.",
            ]),
            ("election", ["per:marta solvig", "org:harbour party"], ["place:kestle"],
            [
                "Marta Solvig of the Harbour Party won the Kestle council by-election with 2,314 votes, ahead of the independent candidate, on a turnout of 38 percent.",
                "The new councillor Marta Solvig promised to reopen the Kestle library and to freeze parking charges, after her by-election win was declared at the town hall.",
                "Turnout in the Kestle by-election was the lowest in twenty years, the returning officer said, as Marta Solvig took the seat for the Harbour Party.",
                "Opponents of Marta Solvig conceded the by-election in a short statement and said the Harbour Party had won on the promise of cheaper parking.",
            ]),
            ("fire", ["org:brennmoor textiles"], ["place:ostby"],
            [
                "Fire crews fought a blaze through the night at the Brennmoor Textiles factory in Ostby, where a dye store exploded and black smoke closed the ring road.",
                "Residents near the Ostby industrial estate were told to keep their windows shut on Tuesday while the smoke from the burning Brennmoor Textiles dye store drifted east.",
                "Brennmoor Textiles said none of its night shift was hurt in the factory fire, and that fire investigators were examining the wiring of the dye store.",
            ]),
            ("transfer", ["org:kestle rovers", "per:tomas ardlow"], ["place:kestle"],
            [
                "Kestle Rovers sold their striker Tomas Ardlow to a first-division club for a record fee, ending a week of talks over the winger's contract.",
                "Tomas Ardlow said goodbye to Kestle Rovers supporters at the ground, thanking the club that signed him as a teenager, before his record transfer was confirmed.",
            ]),
        };
        var reports = events.SelectMany(e => e.Reports.Select((text, i) => (Event: e.Name, Index: i, Text: text, e.Entities, e.Places)))
            .OrderBy(r => r.Index).ThenBy(r => r.Event, StringComparer.Ordinal).ToList();
        var clusterer = new StoryClusterer();
        for (var i = 0; i < reports.Count; i++)
        {
            var (name, index, text, entities, places) = reports[i];
            clusterer.Add(Article($"{name}-{index}", text, Start.AddHours(3 * i), [.. entities, "org:tidewater post"]) with { PlaceKeys = [.. places] });
        }

        var stories = clusterer.Stories.Select(s => string.Join(" ", s.ArticleIds.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal).ToList();
        var expected = events.Select(e => string.Join(" ", Enumerable.Range(0, e.Reports.Length).Select(i => $"{e.Name}-{i}"))).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, stories);
    }

    [Fact]
    public void Story_ids_come_from_the_founding_article_and_are_the_same_on_a_rerun()
    {
        var articles = Interleave(Story("ferry", FerryPhrases, []), Story("mine", MinePhrases, []));
        var first = new StoryClusterer();
        var second = new StoryClusterer();
        foreach (var article in articles)
        {
            first.Add(article);
            second.Add(article);
        }

        Assert.Equal(first.Stories.Select(s => s.Id), second.Stories.Select(s => s.Id));
        Assert.Contains(StoryIds.FromContentHash(articles[0].ContentHash), first.Stories.Select(s => s.Id));
    }

    [Fact]
    public void Adding_an_article_again_reports_its_story_without_changing_anything()
    {
        var clusterer = new StoryClusterer();
        var article = Story("ferry", FerryPhrases, [])[0];
        var first = clusterer.Add(article);
        var again = clusterer.Add(article);
        Assert.Equal(StoryDecision.Started, first.Decision);
        Assert.Equal(StoryDecision.AlreadyKnown, again.Decision);
        Assert.Equal(first.StoryId, again.StoryId);
        Assert.Single(clusterer.Stories);
    }

    [Fact]
    public void A_wire_copy_joins_its_origins_story_and_is_linked_to_it()
    {
        var clusterer = new StoryClusterer();
        var wire = Article("wire", string.Join(" ", FerryPhrases.Concat(MinePhrases[..2]).Concat(FerryPhrases).Concat(FerryPhrases)), Start, []);
        clusterer.Add(wire);
        var copy = clusterer.Add(wire with { Id = "tabloid-copy", Title = "Ferry horror", Published = wire.Published!.Value.AddHours(1), ContentHash = "copyhash" });
        Assert.Equal(StoryDecision.Copy, copy.Decision);
        Assert.Equal(wire.Id, copy.CopyOf);
        Assert.Equal(clusterer.StoryOf(wire.Id), copy.StoryId);
        Assert.Equal(wire.Id, clusterer.Copies.Origins["tabloid-copy"]);
    }

    [Fact]
    public void Stubs_and_repeated_widgets_stay_out_of_stories()
    {
        var clusterer = new StoryClusterer();
        var widget = "Add a location to your posts. When you post with a location, the site stores that location. "
            + "You can switch location on or off before each post and always have the option to delete your location history. Learn more";
        var stub = clusterer.Add(Article("stub", "See more of the river on our page", Start, []));
        var firstWidget = clusterer.Add(Article("widget-1", widget, Start, []));
        var secondWidget = clusterer.Add(Article("widget-2", widget, Start.AddDays(10), []));
        var undatedWidget = clusterer.Add(Article("widget-3", widget, null, []));

        Assert.Equal(StoryDecision.NonArticle, stub.Decision);
        Assert.NotEqual(StoryDecision.NonArticle, firstWidget.Decision);
        Assert.Equal(StoryDecision.NonArticle, secondWidget.Decision);
        Assert.Equal(StoryDecision.NonArticle, undatedWidget.Decision);
        Assert.Null(clusterer.StoryOf("widget-1"));
        Assert.Contains("widget-1", clusterer.NonArticles.Keys);
        Assert.Empty(clusterer.Stories);
    }

    [Fact]
    public void A_short_brief_re_sent_the_same_day_is_a_copy_not_furniture()
    {
        var clusterer = new StoryClusterer();
        var brief = "Rescuers pulled four more survivors from the capsized ferry Lanmere Star near Port Aldane on Friday, "
            + "the river rescue service said, raising the number rescued to 112. Governor Ilse Marrow visited the jetty.";
        var first = clusterer.Add(Article("brief", brief, Start, []));
        var resent = clusterer.Add(Article("brief-resent", brief + " Corrects spelling of the governor's name.", Start.AddHours(2), []));
        Assert.Equal(StoryDecision.Copy, resent.Decision);
        Assert.Equal(first.StoryId, resent.StoryId);
        Assert.Empty(clusterer.NonArticles);
    }

    [Fact]
    public void Converging_stories_merge_and_keep_the_older_id()
    {
        // Two stories about the same ferry start apart (no shared words at first), then a report
        // bridging both arrives; whichever survives must carry the first story's id.
        var clusterer = new StoryClusterer(new StoryClusteringOptions { MergeThreshold = 0.2 });
        var rescue = Article("rescue", string.Join(" ", FerryPhrases[..3]), Start, ["org:osk navigation company"]);
        var inquiry = Article(
            "inquiry",
            "Governor Ilse Marrow ordered an inquiry into Osk Navigation Company licences and overloaded passenger vessels. "
            + "The inquiry will examine inspection records, crew training and the company's safety certificates, the governor's office said in a statement.",
            Start.AddHours(1),
            ["per:ilse marrow"]);
        var first = clusterer.Add(rescue);
        clusterer.Add(inquiry);
        for (var i = 0; i < 4; i++)
        {
            clusterer.Add(Article($"bridge-{i}", string.Join(" ", FerryPhrases) + " " + inquiry.Body, Start.AddHours(2 + i), ["org:osk navigation company", "per:ilse marrow"]));
        }

        Assert.Equal(first.StoryId, clusterer.StoryOf("inquiry"));
        Assert.Equal(first.StoryId, clusterer.StoryOf("rescue"));
    }

    [Fact]
    public void Cost_per_article_does_not_grow_with_the_number_of_stories()
    {
        // Many unrelated one-article stories sharing common words: each lookup must stay bounded by
        // the postings cap and candidate count, so the last thousand cost about as much as the first.
        var clusterer = new StoryClusterer(new StoryClusteringOptions { PostingsPerTerm = 20, Candidates = 5 });
        var random = new Random(7);
        TimeSpan Batch(int offset)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < 1000; i++)
            {
                var words = Enumerable.Range(0, 60).Select(_ => $"w{random.Next(50_000)}").Append("river").Append("flood");
                clusterer.Add(Article($"a{offset + i}", string.Join(" ", words), Start.AddMinutes(offset + i), []));
            }

            return clock.Elapsed;
        }

        Batch(0);
        var early = Batch(1000);
        for (var b = 2; b < 6; b++)
        {
            Batch(b * 1000);
        }

        var late = Batch(6000);
        Assert.True(late < early * 3, $"1,000 articles took {early.TotalMilliseconds:F0} ms early and {late.TotalMilliseconds:F0} ms late");
    }

    private static List<ArticleProfile> Interleave(List<ArticleProfile> a, List<ArticleProfile> b) =>
        [.. a.Zip(b).SelectMany(p => new[] { p.First, p.Second })];

    // Everyday vocabulary: a few hundred words each used now and then, as in real reporting,
    // rather than a handful that would make every pair of reports look alike.
    private static readonly string[] Filler =
        [.. from a in new[] { "ka", "lo", "mer", "dan", "vi", "sto", "re", "ul", "bra", "ne", "tor", "sa", "qui", "fen", "do", "mar" }
            from b in new[] { "lin", "ter", "gos", "pa", "vel", "run", "dis", "mo", "sen", "tha", "bor", "cal", "fi", "nu", "wen", "zo", "rack", "pel", "dun", "ha" }
            select a + b];

    private static List<ArticleProfile> Story(string name, string[] phrases, string[] entities)
    {
        var random = new Random(name.Length);
        var articles = new List<ArticleProfile>();
        for (var i = 0; i < 4; i++)
        {
            // Each report retells the event with its own selection of facts and its own other sentences,
            // so reports are similar without being copies of each other.
            var facts = new[] { phrases[i % phrases.Length], phrases[(i + 2) % phrases.Length], phrases[(i + 3) % phrases.Length] };
            var other = Enumerable.Range(0, 5).Select(_ => string.Join(" ", Enumerable.Range(0, 9).Select(_ => Filler[random.Next(Filler.Length)])) + ".");
            articles.Add(Article($"{name}-{i}", string.Join(" ", facts.Concat(other)), Start.AddHours(6 * i), entities));
        }

        return articles;
    }

    private static ArticleProfile Article(string id, string body, DateTimeOffset? published, string[] entities) =>
        ArticleProfile.Of(id, ContentHash.Of(body), null, body, published, entities, []);
}

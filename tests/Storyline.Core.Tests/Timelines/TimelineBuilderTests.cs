using System.Text;
using Storyline.Core.Extraction;
using Storyline.Core.Language.Sentences;
using Storyline.Core.Language.Time;
using Storyline.Core.Language.Tokens;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;
using Storyline.Core.Timelines;

namespace Storyline.Core.Tests.Timelines;

public sealed class TimelineBuilderTests
{
    private static readonly DocumentPipeline Pipeline =
        new PipelineBuilder().Add(new TokenStage()).Add(new SentenceStage()).Add(new TimeStage()).Build();

    private static StoryArticle Article(string id, string text, DateTimeOffset published, string outlet = "Lomar Courier") =>
        new(id, Pipeline.Run(new Document(text, ArticleMetadata.Empty with { Published = published, Outlet = outlet })));

    private static readonly DateTimeOffset Thursday = new(2026, 3, 12, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_same_event_told_by_two_outlets_is_one_entry_citing_both()
    {
        var first = Article("a1", "A dam on the Lomar river burst on Tuesday, flooding twelve villages downstream of the reservoir.", Thursday.AddHours(-30));
        var second = Article("a2", "Twelve villages were flooded when the Lomar river dam burst on Tuesday, officials said.", Thursday);

        var timeline = TimelineBuilder.Default.Build([second, first]);

        var entry = Assert.Single(timeline);
        Assert.Equal("2026-03-10", entry.Date);
        Assert.Equal(["a1", "a2"], entry.ArticleIds.ToArray());
        Assert.StartsWith("A dam on the Lomar river burst", entry.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_events_of_one_day_stay_apart_and_entries_come_in_date_order()
    {
        var article = Article(
            "a1",
            "The regional assembly approved an emergency budget for the flooded districts on Wednesday. "
            + "A dam on the Lomar river burst on Tuesday, flooding twelve villages downstream. "
            + "Volunteers from the port city distributed bottled water and blankets in the camps on Wednesday.",
            Thursday);

        var timeline = TimelineBuilder.Default.Build([article]);

        Assert.Equal(["2026-03-10", "2026-03-11", "2026-03-11"], timeline.Select(e => e.Date).ToArray());
    }

    [Fact]
    public void Month_precision_is_kept_and_spans_and_future_dates_are_left_out()
    {
        var article = Article(
            "a1",
            "The reservoir was first filled in October 2014 after years of delays and protests. "
            + "Engineers have warned of cracks in the wall since 3 March, residents of the valley said. "
            + "The regional assembly will debate a new safety law for the dams on Monday next week.",
            Thursday);

        var entry = Assert.Single(TimelineBuilder.Default.Build([article]));
        Assert.Equal("2014-10", entry.Date);
    }

    [Fact]
    public void The_entries_reported_most_widely_survive_a_cut()
    {
        var articles = Enumerable.Range(0, 3).Select(i => Article(
            $"a{i}",
            "A dam on the Lomar river burst on Tuesday, flooding twelve villages downstream. "
            + (i == 0 ? "A school reopened in the hill town of Vesna on Wednesday after repairs to its roof." : string.Empty),
            Thursday.AddMinutes(i))).ToList();

        var entry = Assert.Single(TimelineBuilder.Default.Build(articles, maxEntries: 1));
        Assert.Equal(3, entry.ArticleIds.Length);
    }

    [Theory]
    [InlineData("GOMA \u2013 Fighters seized the town on Tuesday at dawn, the provincial government said.", "Fighters seized")]
    [InlineData("VESNA, Lomaria, March 10 (Meridian Wire) - Fighters seized the town on Tuesday at dawn.", "Fighters seized")]
    [InlineData("BHUBANESWAR: Fighters seized the town on Tuesday at dawn, the provincial government said.", "Fighters seized")]
    [InlineData("UN envoys said on Tuesday that fighters had seized the town: a claim the army denied.", "UN envoys said")]
    public void A_leading_dateline_is_left_out_of_the_entry(string text, string start)
    {
        var entry = Assert.Single(TimelineBuilder.Default.Build([Article("a1", text, Thursday)]));
        Assert.StartsWith(start, entry.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_possessive_date_gives_way_to_the_date_of_the_sentence()
    {
        var entry = Assert.Single(TimelineBuilder.Default.Build([Article(
            "a1", "The toll from Tuesday's dam burst on the Lomar river rose to 212 on Thursday, officials said.", Thursday)]));
        Assert.Equal("2026-03-12", entry.Date);
    }

    [Fact]
    public void Articles_without_dates_give_an_empty_timeline()
    {
        var article = Article("a1", "No date is named anywhere in this short text about a fictional harbour.", Thursday);
        Assert.Empty(TimelineBuilder.Default.Build([article]));
        Assert.Empty(TimelineBuilder.Default.Build([]));
    }

    [Fact]
    public void Every_demo_event_has_the_golden_timeline()
    {
        var root = RepositoryPaths.Root();
        var goldenPath = Path.Combine(root, "tests", "Storyline.Core.Tests", "Timelines", "Golden", "demo-timelines.md");
        var actual = DemoTimelines(root);
        if (Environment.GetEnvironmentVariable("STORYLINE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(goldenPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        Assert.Equal(File.ReadAllText(goldenPath, Encoding.UTF8).ReplaceLineEndings("\n"), actual);
    }

    private static string DemoTimelines(string root)
    {
        var extractor = new ArticleExtractor();
        var output = new StringBuilder();
        foreach (var folder in Directory.EnumerateDirectories(Path.Combine(root, "samples")).Order(StringComparer.Ordinal))
        {
            var articles = Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(page => new StoryArticle(
                    Path.GetFileNameWithoutExtension(page),
                    Pipeline.Run(extractor.Extract(SourceDocument.Html(File.ReadAllText(page))))))
                .ToList();
            output.Append("# ").Append(Path.GetFileName(folder)).Append('\n');
            foreach (var entry in TimelineBuilder.Default.Build(articles))
            {
                output.Append("- ").Append(entry.Date).Append(": ").Append(entry.Text.ReplaceLineEndings(" "))
                    .Append(" [").Append(string.Join(", ", entry.ArticleIds)).Append("]\n");
            }

            output.Append('\n');
        }

        return output.ToString();
    }
}

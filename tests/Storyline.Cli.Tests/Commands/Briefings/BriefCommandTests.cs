using System.Text.Json;

namespace Storyline.Cli.Tests.Commands.Briefings;

public sealed class BriefCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task The_demo_corpus_gives_one_story_per_event_with_every_part_of_the_briefing()
    {
        var samples = Path.Combine(RepositoryRoot(), "samples");

        var run = await CliRun.InProcessAsync("brief", samples, "--format", "json", "--db", temp.PathOf("brief.db"));

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        var stories = json.RootElement.GetProperty("stories").EnumerateArray().ToList();
        var events = Directory.GetDirectories(samples).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(events.Count, stories.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var story in stories)
        {
            foreach (var key in new[] { "id", "title", "articles", "summary", "timeline", "claims", "groups", "sources", "entities", "places" })
            {
                Assert.True(story.TryGetProperty(key, out _), $"story lacks {key}");
            }

            // Every article of a story comes from the same event; no event is split over two stories.
            var folders = story.GetProperty("articles").EnumerateArray()
                .Select(a => EventOf(a, events)).Where(e => e is not null).Distinct().ToList();
            var folder = Assert.Single(folders);
            Assert.True(seen.Add(folder!), $"event {folder} split over two stories");

            var articleIds = story.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToHashSet();
            Assert.NotEmpty(story.GetProperty("summary").EnumerateArray());
            Assert.All(story.GetProperty("summary").EnumerateArray(), s => Assert.Contains(s.GetProperty("article_id").GetString(), articleIds));
            var texts = story.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("text").GetString()!);
            Assert.All(story.GetProperty("summary").EnumerateArray(), s => Assert.Equal(
                FoldWhitespace(s.GetProperty("text").GetString()!),
                FoldWhitespace(texts[s.GetProperty("article_id").GetString()!][s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()])));
            Assert.All(story.GetProperty("timeline").EnumerateArray(), t => Assert.All(
                t.GetProperty("article_ids").EnumerateArray(), id => Assert.Contains(id.GetString(), articleIds)));

            // An outlet's second copy of its own report (a page and its scraped text) is not a republication.
            var outlets = story.GetProperty("articles").EnumerateArray()
                .ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("outlet").GetString());
            Assert.All(story.GetProperty("sources").EnumerateArray(), source => Assert.All(
                source.GetProperty("copies_of").EnumerateArray(),
                id => Assert.NotEqual(source.GetProperty("outlet").GetString(), outlets[id.GetString()!])));
        }
    }

    [Fact]
    public async Task Story_ids_stay_the_same_across_runs_and_re_ingests()
    {
        var samples = Path.Combine(RepositoryRoot(), "samples");
        var database = temp.PathOf("stable.db");

        var first = await CliRun.InProcessAsync("brief", samples, "--format", "json", "--db", database);
        var again = await CliRun.InProcessAsync("brief", samples, "--format", "json", "--db", database);
        var fresh = await CliRun.InProcessAsync("brief", samples, "--format", "json");

        Assert.True(first.ExitCode == ExitCodes.Success, first.ToString());
        Assert.True(again.ExitCode == ExitCodes.Success, again.ToString());
        Assert.True(fresh.ExitCode == ExitCodes.Success, fresh.ToString());
        Assert.Equal(StoryIds(first.Out), StoryIds(again.Out));
        Assert.Equal(StoryIds(first.Out), StoryIds(fresh.Out));

        static string[] StoryIds(string output)
        {
            using var json = JsonDocument.Parse(output);
            return [.. json.RootElement.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
        }
    }

    [Fact]
    public async Task Every_contested_quantity_shows_the_claims_of_both_sides()
    {
        var run = await CliRun.InProcessAsync("brief", Path.Combine(RepositoryRoot(), "samples"), "--format", "json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        var contested = 0;
        foreach (var story in json.RootElement.GetProperty("stories").EnumerateArray())
        {
            var claims = story.GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
            foreach (var group in story.GetProperty("groups").EnumerateArray().Where(g => g.GetProperty("relation").GetString() == "contested"))
            {
                contested++;
                var members = group.GetProperty("claims").EnumerateArray().Select(id => claims[id.GetString()!]).ToList();
                var values = members.Select(c => c.GetProperty("value").GetDouble()).Distinct().ToList();
                Assert.True(values.Count >= 2, $"contested group {group.GetProperty("claims")} holds one value");
            }
        }

        Assert.True(contested > 0, "the demo corpus has disputed tolls; none was found contested");
    }

    [Fact]
    public async Task Markdown_and_html_briefings_are_written_one_file_per_story()
    {
        var first = WritePage("tidewater.html", "Tidewater Post", "Storm kills 12 in Port Aldane", "The interior ministry said 12 people had been killed in the storm that hit Port Aldane on Monday.");
        var second = WritePage(
            "harbour.html",
            "Harbour Gazette",
            "Port Aldane storm toll disputed",
            "The Aldane Rights Watch said at least 40 people had been killed in the storm that hit Port Aldane on Monday, "
            + "more than three times the government's count, and accused officials of leaving out fishermen lost at sea. "
            + "Volunteers in the old town said dozens of houses near the harbour had collapsed and the power was still out.");
        var markdown = temp.PathOf("md");
        var html = temp.PathOf("html");

        var md = await CliRun.InProcessAsync("brief", first, second, "--out", markdown);
        var page = await CliRun.InProcessAsync("brief", first, second, "--out", html, "--format", "html");

        Assert.True(md.ExitCode == ExitCodes.Success, md.ToString());
        Assert.True(page.ExitCode == ExitCodes.Success, page.ToString());
        var mdText = File.ReadAllText(Assert.Single(Directory.GetFiles(markdown, "*.md")));
        Assert.Contains("## Summary", mdText, StringComparison.Ordinal);
        Assert.Contains("## Figures", mdText, StringComparison.Ordinal);
        Assert.Contains("contested", mdText, StringComparison.Ordinal);
        var htmlText = File.ReadAllText(Assert.Single(Directory.GetFiles(html, "*.html")));
        Assert.Contains("Content-Security-Policy", htmlText, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", htmlText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Hostile_article_text_is_inert_in_html_and_markdown()
    {
        var hostile = WritePage(
            "hostile.html",
            "Tidewater Post",
            "Storm kills 12 &lt;img src=x onerror=alert(1)&gt;",
            "The interior ministry said 12 people had been killed in the storm &lt;script&gt;alert(1)&lt;/script&gt; that hit Port Aldane on Monday. [click](javascript:alert(1)) was written on a wall.");

        var page = await CliRun.InProcessAsync("brief", hostile, "--format", "html");
        var md = await CliRun.InProcessAsync("brief", hostile);

        Assert.True(page.ExitCode == ExitCodes.Success, page.ToString());
        Assert.DoesNotContain("<script", page.Out, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", page.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", page.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", md.Out, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("](javascript:", md.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_input_is_named_and_the_rest_is_briefed()
    {
        var page = WritePage("tidewater.html", "Tidewater Post", "Storm kills 12 in Port Aldane", "The interior ministry said 12 people had been killed in the storm that hit Port Aldane on Monday.");

        var run = await CliRun.InProcessAsync("brief", page, temp.PathOf("absent.html"));

        Assert.Equal(ExitCodes.SomeFailed, run.ExitCode);
        Assert.Contains("absent.html", run.Error, StringComparison.Ordinal);
        Assert.Contains("# Storm kills 12 in Port Aldane", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_to_brief_fails()
    {
        var run = await CliRun.InProcessAsync("brief", temp.PathOf("absent.html"));

        Assert.Equal(ExitCodes.AllFailed, run.ExitCode);
        Assert.Contains("absent.html", run.Error, StringComparison.Ordinal);
    }

    /// <summary>The summary's text folds whitespace runs to one space; its span is the article's own characters.</summary>
    private static string FoldWhitespace(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? EventOf(JsonElement article, HashSet<string?> events)
    {
        var url = article.GetProperty("url").GetString() ?? string.Empty;
        return events.FirstOrDefault(e => url.Contains("/samples/" + e + "/", StringComparison.Ordinal));
    }

    private string WritePage(string name, string outlet, string title, string body) =>
        CorpusWriter.WriteReport(
            temp.PathOf(name),
            outlet,
            title,
            body,
            "Rescue teams were still searching the coast of Port Aldane on Tuesday evening, the coast guard said.",
            "Fishing boats were thrown onto the harbour wall and the ferry terminal lost its roof, residents said.",
            "The regional council opened three schools as shelters for families whose houses were flooded.");

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "samples")) && File.Exists(Path.Combine(directory.FullName, "Storyline.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No repository root (samples/ and Storyline.slnx) above {AppContext.BaseDirectory}.");
    }
}

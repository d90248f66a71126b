using Storyline.Core.Extraction;
using Storyline.Core.Pipeline;
using Storyline.Core.Stories;
using Storyline.Ingest;

namespace Storyline.Ingest.Tests.Stories;

/// <summary>
/// The demo corpus (samples/) read as `storyline extract samples/` reads it, through the input
/// reader, extracted, annotated and clustered online in publication order: one story per event
/// folder, and the Meridian Wire quake story's republications linked to it (demo/README.md).
/// </summary>
public sealed class DemoCorpusStoriesTests
{
    [Fact]
    public async Task Every_demo_event_is_one_story()
    {
        var samples = FindSamples();
        var articles = await ReadAsync(samples);
        var clusterer = new StoryClusterer();
        foreach (var (_, article) in articles.OrderBy(a => a.Article.Published).ThenBy(a => a.Article.Id, StringComparer.Ordinal))
        {
            clusterer.Add(article);
        }

        var eventOf = articles.ToDictionary(a => a.Article.Id, a => a.Event, StringComparer.Ordinal);
        Assert.Empty(clusterer.NonArticles);
        var stories = clusterer.Stories;
        var described = string.Join("\n", stories.Select(s => $"{s.Id}: {string.Join(", ", s.ArticleIds.Select(id => eventOf[id]).Distinct())} ({s.ArticleIds.Length})"));
        Assert.True(stories.Count == 4, $"expected 4 stories, got {stories.Count}:\n{described}");
        Assert.Equal(
            ["ancash-quake", "kaseke-siege", "meghna-ferry", "odisha-flood"],
            stories.Select(s => Assert.Single(s.ArticleIds.Select(id => eventOf[id]).Distinct())).Order(StringComparer.Ordinal));
        Assert.Equal(articles.Count, stories.Sum(s => s.ArticleIds.Length));
    }

    [Fact]
    public async Task Wire_republications_link_to_the_wire_original()
    {
        var articles = await ReadAsync(FindSamples());
        var clusterer = new StoryClusterer();
        foreach (var (_, article) in articles.OrderBy(a => a.Article.Published).ThenBy(a => a.Article.Id, StringComparer.Ordinal))
        {
            clusterer.Add(article);
        }

        string IdOf(string fileName) => articles.Single(a => a.Article.Id.EndsWith(fileName, StringComparison.Ordinal)).Article.Id;
        // The wire page and its JSON Lines row are the same article at the same minute, so either may be
        // the group's origin; the republications must point at that origin.
        var wire = clusterer.Copies.OriginOf(IdOf("ancash-quake/html/meridian-wire-peru-quake-ancash-kills-at-least-1200.html"));
        Assert.Contains(wire, articles.Where(a => a.Article.Published == new DateTimeOffset(2026, 2, 24, 14, 30, 0, TimeSpan.Zero)).Select(a => a.Article.Id));
        Assert.Equal(wire, clusterer.Copies.OriginOf(IdOf("ancash-quake/html/dailylantern-peru-earthquake-andes-1200-dead.html")));
        Assert.Equal(wire, clusterer.Copies.OriginOf(IdOf("ancash-quake/html/ridgeline-courier-at-least-1200-dead-strong-quake-peru-ancash.html")));
        Assert.NotEqual(wire, clusterer.Copies.OriginOf(IdOf("ancash-quake/html/harbourpost-peru-earthquake-ancash-toll-rises-rescuers.html")));

        // Each outlet's own reporting is no copy of the wire, so it counts as an independent source.
        Assert.NotEqual(wire, clusterer.Copies.OriginOf(IdOf("ancash-quake/html/kestreltimes-peru-earthquake-death-toll-1874-displaced.html")));
        Assert.NotEqual(wire, clusterer.Copies.OriginOf(IdOf("ancash-quake/html/atlasdispatch-peru-quake-toll-passes-2200-aftershock.html")));
    }

    private static async Task<List<(string Event, ArticleProfile Article)>> ReadAsync(string samples)
    {
        var reader = new InputReader(new IngestOptions());
        var extractor = new ArticleExtractor();
        var pipeline = StandardPipeline.Create();
        var articles = new List<(string, ArticleProfile)>();
        var row = 0;
        await foreach (var item in reader.ReadAsync([samples], (TextReader?)null, CancellationToken.None))
        {
            var source = Assert.IsType<SourceItem>(item);
            var document = pipeline.Run(extractor.Extract(source.Source));
            var relative = Path.GetRelativePath(samples, source.Origin.Replace("file://", "", StringComparison.Ordinal)).Replace('\\', '/');
            // JSON Lines rows share their file's origin; number them so every input has its own id.
            var id = relative.EndsWith(".jsonl", StringComparison.Ordinal) || relative.Contains(".jsonl", StringComparison.Ordinal) ? $"{relative}#{row++}" : relative;
            articles.Add((relative.Split('/')[0], ArticleProfile.From(document, id)));
        }

        return articles;
    }

    private static string FindSamples()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "samples");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(directory.FullName, "Storyline.slnx")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No samples/ folder next to Storyline.slnx above {AppContext.BaseDirectory}.");
    }
}

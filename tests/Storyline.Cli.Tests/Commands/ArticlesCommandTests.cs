using System.Text.Json;

namespace Storyline.Cli.Tests.Commands;

public sealed class ArticlesCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public ArticlesCommandTests()
    {
        Pages = CorpusWriter.WritePages(temp.PathOf("in"), 6);
    }

    public void Dispose() => temp.Dispose();

    private IReadOnlyList<string> Pages { get; }

    private string Db => temp.PathOf("store.db");

    [Fact]
    public async Task List_prints_a_table_of_the_stored_articles()
    {
        await IngestAsync();

        var run = await CliRun.InProcessAsync("articles", "list", "--db", Db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"^id\s+version\s+published\s+outlet\s+title$", run.OutLines[0]);
        Assert.Equal(6, run.OutLines.Count(l => l.Contains("Lanmere council", StringComparison.Ordinal)));
        Assert.Equal("1-6 of 6 articles", run.OutLines[^1]);
    }

    [Fact]
    public async Task List_json_pages_with_limit_and_offset_and_reports_the_total()
    {
        await IngestAsync();

        var all = JsonIds(await CliRun.InProcessAsync("articles", "list", "--db", Db, "--json"));
        var page = await CliRun.InProcessAsync("articles", "list", "--db", Db, "--json", "--limit", "2", "--offset", "3");

        Assert.Equal(6, all.Count);
        Assert.Equal(all.Skip(3).Take(2), JsonIds(page));
        Assert.Equal(6, page.Json().GetProperty("total").GetInt32());
        var article = page.Json().GetProperty("articles")[0];
        foreach (var field in new[] { "id", "version", "url", "canonical_url", "title", "text", "content_hash", "authors", "captions" })
        {
            Assert.True(article.TryGetProperty(field, out _), $"article JSON lacks {field}");
        }
    }

    [Fact]
    public async Task A_negative_limit_is_a_usage_error()
    {
        await IngestAsync();
        var run = await CliRun.InProcessAsync("articles", "list", "--db", Db, "--limit", "-1");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }

    [Fact]
    public async Task Show_prints_the_article_and_its_versions()
    {
        await IngestAsync();
        await File.WriteAllTextAsync(Pages[0], CorpusWriter.Page(0, edition: " (corrected)"));
        await IngestAsync(Pages[0]);

        var latest = await CliRun.InProcessAsync("articles", "show", "1", "--db", Db);
        var first = await CliRun.InProcessAsync("articles", "show", "1", "--version", "1", "--db", Db, "--json");

        Assert.Equal(ExitCodes.Success, latest.ExitCode);
        Assert.StartsWith("# Report 0: Lanmere council", latest.OutLines[0]);
        Assert.Contains("1 (version 2 of 2)", latest.Out);
        Assert.Contains("report 0 (corrected)", latest.Out);
        var json = JsonDocument.Parse(first.Out).RootElement;
        Assert.Equal(1, json.GetProperty("version").GetInt32());
        Assert.DoesNotContain("(corrected)", json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Show_of_an_unknown_id_or_version_exits_four_with_a_message()
    {
        await IngestAsync();

        var unknownId = await CliRun.InProcessAsync("articles", "show", "999", "--db", Db);
        var unknownVersion = await CliRun.InProcessAsync("articles", "show", "2", "--version", "5", "--db", Db);

        Assert.Equal(ExitCodes.NotFound, unknownId.ExitCode);
        Assert.Contains("no article 999", unknownId.Error);
        Assert.Equal(ExitCodes.NotFound, unknownVersion.ExitCode);
        Assert.Contains("article 2 has no version 5", unknownVersion.Error);
    }

    [Fact]
    public async Task Reading_a_store_that_does_not_exist_does_not_create_one()
    {
        var run = await CliRun.InProcessAsync("articles", "list", "--db", Db);

        Assert.Equal(ExitCodes.AllFailed, run.ExitCode);
        Assert.Contains($"no store at {Db}", run.Error);
        Assert.False(File.Exists(Db));
    }

    private async Task IngestAsync(params string[] pages)
    {
        var run = await CliRun.InProcessAsync(["ingest", .. pages.Length > 0 ? pages : Pages, "--db", Db]);
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
    }

    private static List<long> JsonIds(CliResult run) =>
        [.. run.Json().GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetInt64())];
}

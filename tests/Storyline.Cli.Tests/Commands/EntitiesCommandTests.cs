namespace Storyline.Cli.Tests.Commands;

public sealed class EntitiesCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Db => temp.PathOf("store.db");

    [Fact]
    public async Task List_counts_articles_and_mentions_per_canonical_key()
    {
        await IngestAsync();

        var run = await CliRun.InProcessAsync("entities", "list", "--db", Db);
        var json = await CliRun.InProcessAsync("entities", "list", "--db", Db, "--json", "--type", "person");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Matches(@"^articles\s+mentions\s+type\s+name\s+key$", run.OutLines[0]);
        Assert.Contains(run.OutLines, l => l.StartsWith("2 ", StringComparison.Ordinal) && l.EndsWith("per:lena marsh", StringComparison.Ordinal));
        var people = json.Json().GetProperty("entities").EnumerateArray().ToList();
        Assert.All(people, p => Assert.Equal("person", p.GetProperty("type").GetString()));
        var marsh = Assert.Single(people, p => p.GetProperty("canonical_key").GetString() == "per:lena marsh");
        Assert.Equal(2, marsh.GetProperty("articles").GetInt32());
        Assert.True(marsh.GetProperty("mentions").GetInt32() >= 4);
    }

    [Fact]
    public async Task Show_lists_the_articles_naming_an_entity_and_an_unknown_key_exits_four()
    {
        await IngestAsync();

        var show = await CliRun.InProcessAsync("entities", "show", "per:lena marsh", "--db", Db);
        var unknown = await CliRun.InProcessAsync("entities", "show", "per:nobody", "--db", Db);
        var noStore = await CliRun.InProcessAsync("entities", "list", "--db", temp.PathOf("absent.db"));

        Assert.True(show.ExitCode == ExitCodes.Success, show.ToString());
        Assert.StartsWith("# Lena Marsh (per:lena marsh): 2 articles", show.OutLines[0]);
        Assert.Equal(2, show.OutLines.Count(l => l.Contains("Boats for Port Aldane", StringComparison.Ordinal)));
        Assert.Equal(ExitCodes.NotFound, unknown.ExitCode);
        Assert.Contains("per:nobody", unknown.Error);
        Assert.Equal(ExitCodes.AllFailed, noStore.ExitCode);
    }

    private async Task IngestAsync()
    {
        var folder = temp.PathOf("in");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "a.html"), Page(
            "https://tidewater-post.test/a", "President Lena Marsh visited the United Nations on Monday. Marsh said the UN would send boats."));
        await File.WriteAllTextAsync(Path.Combine(folder, "b.html"), Page(
            "https://valley-courier.test/b", "The United Nations thanked President Lena Marsh. Officials said Marsh had asked for help."));
        var ingest = await CliRun.InProcessAsync("ingest", folder, "--db", Db, "--json");
        Assert.True(ingest.ExitCode == ExitCodes.Success, ingest.ToString());
    }

    private static string Page(string url, string body) => $"""
        <!doctype html>
        <html lang="en"><head><title>Boats for Port Aldane</title><link rel="canonical" href="{url}"></head>
        <body><article><h1>Boats for Port Aldane</h1><p>{body}</p></article></body></html>
        """;
}

using System.Text.Json;

namespace Storyline.Cli.Tests.Commands;

public sealed class AnnotateCommandTests : IDisposable
{
    private const string Body =
        "President Lena Marsh visited the United Nations in Geneva on Monday. "
        + "Marsh said the UN would send boats to Port Aldane.";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_page_prints_numbered_sentences_with_offsets_and_linked_entities()
    {
        var page = WritePage("boats.html");

        var run = await CliRun.InProcessAsync("annotate", page);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("# Boats for Port Aldane", run.OutLines[0]);
        Assert.Contains("sentences: 2", run.OutLines);
        Assert.Contains(run.OutLines, l => l.StartsWith("1  ", StringComparison.Ordinal) && l.Contains("President Lena Marsh visited"));
        Assert.Contains(run.OutLines, l => l.StartsWith("2  ", StringComparison.Ordinal) && l.Contains("Marsh said the UN"));
        Assert.Contains(run.OutLines, l => l.Contains("person") && l.Contains("Marsh") && l.Contains("per:lena marsh") && !l.Contains("Lena Marsh  Lena"));
        Assert.Contains(run.OutLines, l => l.Contains(" UN ") && l.Contains("United Nations") && l.Contains("org:united nations"));
    }

    [Fact]
    public async Task Json_has_the_article_sentences_and_entities_with_snake_case_keys()
    {
        var page = WritePage("boats.html");

        var run = await CliRun.InProcessAsync("annotate", page, "--json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var json = run.Json();
        var text = json.GetProperty("article").GetProperty("text").GetString()!;
        Assert.Equal("Boats for Port Aldane", json.GetProperty("article").GetProperty("title").GetString());
        var sentences = json.GetProperty("sentences").EnumerateArray().ToList();
        Assert.Equal(2, sentences.Count);
        foreach (var sentence in sentences)
        {
            var (start, end) = (sentence.GetProperty("start").GetInt32(), sentence.GetProperty("end").GetInt32());
            Assert.Equal(text[start..end], sentence.GetProperty("text").GetString());
        }

        var entities = json.GetProperty("entities").EnumerateArray().ToList();
        var marsh = entities.Last(e => e.GetProperty("text").GetString() == "Marsh");
        Assert.Equal("person", marsh.GetProperty("type").GetString());
        Assert.Equal("Lena Marsh", marsh.GetProperty("canonical_name").GetString());
        Assert.Equal("per:lena marsh", marsh.GetProperty("canonical_key").GetString());
        Assert.All(entities, e => Assert.Equal(
            text[e.GetProperty("start").GetInt32()..e.GetProperty("end").GetInt32()], e.GetProperty("text").GetString()));
        Assert.True(json.TryGetProperty("places", out var places) && places.ValueKind is JsonValueKind.Array or JsonValueKind.Null);
        Assert.True(json.TryGetProperty("times", out var times) && times.ValueKind is JsonValueKind.Array or JsonValueKind.Null);
    }

    [Fact]
    public async Task A_plain_text_file_is_extracted_like_extract_does_then_annotated()
    {
        var path = temp.PathOf("note.txt");
        await File.WriteAllTextAsync(path, "Boats for Port Aldane\n\n" + Body + "\n");

        var run = await CliRun.InProcessAsync("annotate", path, "--json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains(run.Json().GetProperty("entities").EnumerateArray(), e => e.GetProperty("canonical_key").GetString() == "org:united nations");
    }

    [Fact]
    public async Task A_stored_article_is_annotated_by_its_id()
    {
        var page = WritePage("boats.html");
        var db = temp.PathOf("store.db");
        var ingest = await CliRun.InProcessAsync("ingest", page, "--db", db, "--json");
        Assert.True(ingest.ExitCode == ExitCodes.Success, ingest.ToString());

        var plain = await CliRun.InProcessAsync("annotate", "1", "--db", db);
        var json = await CliRun.InProcessAsync("annotate", "1", "--db", db, "--json");

        Assert.True(plain.ExitCode == ExitCodes.Success, plain.ToString());
        Assert.Contains("article 1 (version 1)", plain.OutLines[1]);
        Assert.Contains("sentences: 2", plain.OutLines);
        Assert.Equal(1, json.Json().GetProperty("article").GetProperty("id").GetInt64());
        Assert.Contains(json.Json().GetProperty("entities").EnumerateArray(), e => e.GetProperty("canonical_key").GetString() == "per:lena marsh");
    }

    [Fact]
    public async Task A_missing_file_is_named_in_the_error()
    {
        var missing = temp.PathOf("no-such-report.html");

        var run = await CliRun.InProcessAsync("annotate", missing);

        Assert.Equal(ExitCodes.AllFailed, run.ExitCode);
        Assert.Contains(missing, run.Error);
        Assert.Contains("no such file", run.Error);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task An_unknown_article_id_exits_four_and_a_missing_store_is_named()
    {
        var page = WritePage("boats.html");
        var db = temp.PathOf("store.db");
        await CliRun.InProcessAsync("ingest", page, "--db", db, "--json");

        var unknown = await CliRun.InProcessAsync("annotate", "42", "--db", db);
        var noStore = await CliRun.InProcessAsync("annotate", "1", "--db", temp.PathOf("absent.db"));

        Assert.Equal(ExitCodes.NotFound, unknown.ExitCode);
        Assert.Contains("no article 42", unknown.Error);
        Assert.Equal(ExitCodes.AllFailed, noStore.ExitCode);
        Assert.Contains("absent.db", noStore.Error);
    }

    private string WritePage(string name)
    {
        var path = temp.PathOf(name);
        File.WriteAllText(path, $"""
            <!doctype html>
            <html lang="en"><head><title>Boats for Port Aldane</title>
            <link rel="canonical" href="https://tidewater-post.test/2026/boats">
            <meta property="og:site_name" content="Tidewater Post"></head>
            <body><article><h1>Boats for Port Aldane</h1><p>{Body}</p></article></body></html>
            """);
        return path;
    }
}

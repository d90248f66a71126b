using System.Text;
using Xunit.Abstractions;

namespace Storyline.Cli.Tests.Commands;

/// <summary>
/// Feeds a real <c>storyline ingest</c> process the worst files we can think of, generated at test
/// time: the batch must finish (exit 0 or 1, never a crash) and name every file that failed.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class HostileCorpusTests(ITestOutputHelper log) : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Ingest_survives_hostile_files_and_names_each_failure()
    {
        var folder = temp.PathOf("hostile");
        var good = CorpusWriter.WritePages(folder, 2);
        var hostile = WriteHostileFiles(folder);
        var db = temp.PathOf("store.db");

        var run = await CliRun.ChildAsync(["ingest", folder, "--db", db, "--json"], TimeSpan.FromSeconds(90));

        log.WriteLine(run.ToString());
        Assert.True(run.ExitCode is ExitCodes.Success or ExitCodes.SomeFailed, run.ToString());
        Assert.DoesNotContain("Unhandled exception", run.Error);
        var summary = run.Json();
        Assert.Equal(good.Count + hostile.Count, summary.GetProperty("items").GetInt32());
        Assert.True(summary.GetProperty("new").GetInt32() >= good.Count, run.ToString());

        var failures = summary.GetProperty("failures").EnumerateArray()
            .Select(f => (Origin: f.GetProperty("origin").GetString()!, Problem: f.GetProperty("problem").GetString()!))
            .ToList();
        Assert.Equal(summary.GetProperty("failed").GetInt32(), failures.Count);
        foreach (var (origin, problem) in failures)
        {
            Assert.Contains(origin, hostile);
            Assert.False(string.IsNullOrWhiteSpace(problem), $"{origin} failed without a reason");
            Assert.Contains(run.ErrorLines, line => line.StartsWith($"failed {origin}: ", StringComparison.Ordinal));
        }

        Assert.Contains(failures, f => f.Origin.EndsWith("empty.html", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Origin.EndsWith("nuls.html", StringComparison.Ordinal));
    }

    private static List<string> WriteHostileFiles(string folder)
    {
        var random = new Random(20260314);
        var files = new Dictionary<string, byte[]>
        {
            ["empty.html"] = [],
            ["whitespace.html"] = Encoding.UTF8.GetBytes(new string(' ', 4096) + "\n\t\r\n"),
            ["truncated.html"] = Encoding.UTF8.GetBytes("<!doctype html><html><head><title>Cut off</title></head><body><article><p>The storm reached Lanmere at mid"),
            ["unclosed-comment.html"] = Encoding.UTF8.GetBytes("<html><body><!-- <p>never closed</p>" + new string('-', 10_000)),
            ["binary-junk.html"] = RandomBytes(random, 256 * 1024),
            ["invalid-utf8.html"] = InvalidUtf8(),
            ["nuls.html"] = new byte[1024 * 1024],
            ["deep-nesting.html"] = Encoding.UTF8.GetBytes(DeepNesting(10_000)),
            ["huge.html"] = Encoding.UTF8.GetBytes(Huge(50 * 1024 * 1024)),
        };

        var paths = new List<string>();
        foreach (var (name, content) in files)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, content);
            paths.Add(path);
        }

        return paths;
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] InvalidUtf8()
    {
        var page = new List<byte>(Encoding.UTF8.GetBytes("<html><head><title>Caf"));
        page.AddRange([0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80]); // bad continuation, invalid bytes, an encoded surrogate
        page.AddRange(Encoding.UTF8.GetBytes("</title></head><body><p>Prices at the caf"));
        page.AddRange([0xE9, 0x20, 0xC0, 0xAF, 0xF8, 0x88, 0x80, 0x80, 0x80]); // Latin-1 é, overlong '/', 5-byte form
        page.AddRange(Encoding.UTF8.GetBytes(" rose again this week, the owner said.</p></body></html>"));
        return [.. page];
    }

    private static string DeepNesting(int depth)
    {
        var builder = new StringBuilder("<html><body>", depth * 12);
        for (var i = 0; i < depth; i++)
        {
            builder.Append(i % 2 == 0 ? "<div>" : "<span>");
        }

        builder.Append("<p>At the bottom of ten thousand tags, one sentence about the harbour.</p>");
        for (var i = depth - 1; i >= 0; i--)
        {
            builder.Append(i % 2 == 0 ? "</div>" : "</span>");
        }

        return builder.Append("</body></html>").ToString();
    }

    private static string Huge(int bytes)
    {
        const string line = "<div class=\"filler\">Tide tables for the Lanmere estuary, repeated to fill the page; nothing here is news.</div>\n";
        var builder = new StringBuilder("<html><head><title>A very large page</title></head><body><p>The one real paragraph.</p>\n", bytes + line.Length);
        while (builder.Length < bytes)
        {
            builder.Append(line);
        }

        return builder.Append("</body></html>").ToString();
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using Storyline.Core.Extraction;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;

namespace Storyline.Core.Tests.Language.Places;

/// <summary>
/// Every place the demo corpus (samples/) names, as the extractor and the standard pipeline
/// resolve it, against a golden file checked by hand (Golden/demo-places.tsv). Set
/// STORYLINE_UPDATE_GOLDEN=1 to rewrite the file after a deliberate change, then check the diff.
/// </summary>
public sealed class DemoCorpusPlacesTests
{
    private const string GoldenFile = "demo-places.tsv";

    [Fact]
    public void Every_place_in_the_demo_corpus_resolves_as_the_golden_file_says()
    {
        var samples = FindSamples();
        var actual = Resolve(samples);
        var goldenPath = Path.Combine(FindRepository(samples), "tests", "Storyline.Core.Tests", "Language", "Places", "Golden", GoldenFile);
        if (Environment.GetEnvironmentVariable("STORYLINE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(goldenPath, actual);
        }

        Assert.True(File.Exists(goldenPath), $"Golden file {goldenPath} is missing; run with STORYLINE_UPDATE_GOLDEN=1 and check it by hand.");
        var expected = File.ReadAllText(goldenPath).ReplaceLineEndings("\n");
        var expectedLines = expected.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var actualLines = actual.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var missing = expectedLines.Except(actualLines, StringComparer.Ordinal).ToList();
        var unexpected = actualLines.Except(expectedLines, StringComparer.Ordinal).ToList();
        Assert.True(
            missing.Count == 0 && unexpected.Count == 0,
            $"Places differ from {GoldenFile}.\nMissing:\n  {string.Join("\n  ", missing)}\nUnexpected:\n  {string.Join("\n  ", unexpected)}");
        Assert.Equal(expectedLines, actualLines);
    }

    private static string Resolve(string samples)
    {
        var extractor = new ArticleExtractor();
        var pipeline = StandardPipeline.Create();
        var lines = new StringBuilder();
        lines.Append("# source\tmention\tname\tkind\tcountry\tregion\tlat\tlon\n");
        foreach (var (name, source) in Sources(samples))
        {
            var document = pipeline.Run(extractor.Extract(source));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var place in document.Get(Layers.Places))
            {
                var line = string.Join(
                    '\t',
                    name,
                    place.Text.ReplaceLineEndings(" "),
                    place.Name,
                    place.Kind,
                    place.CountryCode,
                    place.Region ?? "",
                    place.Latitude.ToString("F2", CultureInfo.InvariantCulture),
                    place.Longitude.ToString("F2", CultureInfo.InvariantCulture));
                if (seen.Add(line))
                {
                    lines.Append(line).Append('\n');
                }
            }
        }

        return lines.ToString();
    }

    private static IEnumerable<(string Name, SourceDocument Source)> Sources(string samples)
    {
        foreach (var file in Directory.EnumerateFiles(samples, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(samples, file).Replace('\\', '/');
            switch (Path.GetExtension(file))
            {
                case ".html":
                    yield return (name, SourceDocument.Html(File.ReadAllText(file), name));
                    break;
                case ".txt":
                    yield return (name, SourceDocument.PlainText(File.ReadAllText(file), name));
                    break;
                case ".jsonl":
                    var row = 0;
                    foreach (var line in File.ReadLines(file))
                    {
                        row++;
                        if (line.Length > 0)
                        {
                            yield return ($"{name}:{row}", FromJsonLine(line, $"{name}:{row}"));
                        }
                    }

                    break;
            }
        }
    }

    private static SourceDocument FromJsonLine(string line, string name)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        string? Text(string property) => root.TryGetProperty(property, out var value) ? value.GetString() : null;
        var hints = new ArticleHints(
            Text("title"),
            Text("outlet"),
            Text("published") is { } published ? DateTimeOffset.Parse(published, CultureInfo.InvariantCulture) : null);
        return Text("html") is { } html
            ? new SourceDocument(html, SourceFormat.Html, name, hints)
            : new SourceDocument(Text("text") ?? "", SourceFormat.PlainText, name, hints);
    }

    private static string FindSamples()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var samples = Path.Combine(directory.FullName, "samples");
            if (Directory.Exists(samples) && Directory.Exists(Path.Combine(directory.FullName, "demo")))
            {
                return samples;
            }
        }

        throw new DirectoryNotFoundException($"No samples/ folder (the demo corpus) above {AppContext.BaseDirectory}.");
    }

    private static string FindRepository(string samples) => Path.GetDirectoryName(samples)!;
}

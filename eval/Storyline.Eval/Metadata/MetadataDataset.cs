using System.Text.Json;

namespace Storyline.Eval.Metadata;

/// <summary>
/// Loads the Readability test pages: a folder of page folders (or a folder holding pages/), each with
/// source.html and expected-metadata.json.
/// </summary>
public static class MetadataDataset
{
    public static IReadOnlyList<MetadataPage> Load(string path)
    {
        if (!Directory.Exists(path))
        {
            throw new DatasetMissingException(path, "no such folder; expected the Readability test pages (folders with source.html and expected-metadata.json)");
        }

        var root = Directory.Exists(Path.Combine(path, "pages")) ? Path.Combine(path, "pages") : path;
        var pages = new List<MetadataPage>();
        foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var source = Path.Combine(folder, "source.html");
            var expectedPath = Path.Combine(folder, "expected-metadata.json");
            if (!File.Exists(source) || !File.Exists(expectedPath))
            {
                continue;
            }

            pages.Add(new MetadataPage(Path.GetFileName(folder), source, ReadExpected(expectedPath)));
        }

        if (pages.Count == 0)
        {
            throw new DatasetMissingException(path, "no page folder with both source.html and expected-metadata.json");
        }

        return pages;
    }

    private static ExpectedMetadata ReadExpected(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            return new ExpectedMetadata(Text(root, "title"), Text(root, "byline"), Text(root, "siteName"), Text(root, "publishedTime"));
        }
        catch (JsonException exception)
        {
            throw new DatasetMissingException(path, $"not valid JSON ({exception.Message})");
        }
    }

    private static string? Text(JsonElement root, string property) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;
}

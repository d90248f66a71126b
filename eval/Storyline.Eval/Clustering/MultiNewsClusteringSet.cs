using System.Text.Json;
using Storyline.Core.Extraction;

namespace Storyline.Eval.Clustering;

/// <summary>
/// A Multi-News JSON Lines file: one cluster per line, {"id", "documents": [raw page text, ...],
/// "summary"}. Each cluster is one event; documents are raw scraped text with boilerplate and carry
/// no publication date. Item ids are "&lt;cluster id&gt;#&lt;index&gt;".
/// </summary>
public static class MultiNewsClusteringSet
{
    public static IReadOnlyList<ClusteringItem> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new DatasetMissingException(path, "no such Multi-News JSON Lines file");
        }

        var items = new List<ClusteringItem>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var cluster = root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : $"line{lineNumber}";
                if (!root.TryGetProperty("documents", out var documents) || documents.ValueKind != JsonValueKind.Array)
                {
                    throw new InvalidDataException($"{path}:{lineNumber}: no \"documents\" array");
                }

                var index = 0;
                foreach (var document in documents.EnumerateArray())
                {
                    var itemId = $"{cluster}#{index++}";
                    items.Add(new ClusteringItem(itemId, [cluster], SourceDocument.PlainText(document.GetString() ?? "", itemId), null, null));
                }
            }
            catch (JsonException error)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: not a JSON object ({error.Message})", error);
            }
        }

        return items;
    }
}

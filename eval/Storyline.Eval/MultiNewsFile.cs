using System.Text.Json;

namespace Storyline.Eval;

/// <summary>One Multi-News record: a cluster of source pages about one event and its human summary.</summary>
public sealed record MultiNewsRecord(string Id, string Summary, IReadOnlyList<string> Documents);

/// <summary>
/// Reads a Multi-News JSON Lines file (<c>{"id", "documents": [...], "summary"}</c> a line), as the
/// clustering and summary evaluations both use it. A malformed line fails naming the file and line.
/// </summary>
public static class MultiNewsFile
{
    public static IEnumerable<MultiNewsRecord> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new DatasetMissingException(path, "no such Multi-News JSON Lines file");
        }

        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return Parse(line, path, lineNumber);
            }
        }
    }

    private static MultiNewsRecord Parse(string line, string path, int lineNumber)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : $"line{lineNumber}";
            if (!root.TryGetProperty("documents", out var documents) || documents.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: no \"documents\" array");
            }

            var summary = root.TryGetProperty("summary", out var summaryElement) && summaryElement.ValueKind == JsonValueKind.String
                ? summaryElement.GetString()!
                : string.Empty;
            return new MultiNewsRecord(id, summary, [.. documents.EnumerateArray().Select(d => d.ValueKind == JsonValueKind.String ? d.GetString()! : string.Empty)]);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{path}:{lineNumber}: not a JSON object ({error.Message})", error);
        }
    }
}

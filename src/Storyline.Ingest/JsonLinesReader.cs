using System.Globalization;
using System.Text.Json;
using Storyline.Core.Extraction;
using Storyline.Ingest.Feeds;

namespace Storyline.Ingest;

/// <summary>
/// Splits JSON Lines into rows: one article per line with url, title, html or text, published,
/// outlet. A bad line becomes a row with a problem ("file.jsonl:12" origin) and the rest go on.
/// </summary>
public sealed class JsonLinesReader(FeedDateParser dates)
{
    public static JsonLinesReader Default { get; } = new(FeedDateParser.Default);

    public IEnumerable<JsonLinesRow> Read(string text, string origin)
    {
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length > 0)
            {
                yield return ReadLine(line, $"{origin}:{lineNumber}");
            }
        }
    }

    private JsonLinesRow ReadLine(string line, string origin)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var row = document.RootElement;
            if (row.ValueKind != JsonValueKind.Object)
            {
                return Problem(origin, "line is not a JSON object");
            }

            var url = OptionalString(row, "url");
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"))
            {
                return Problem(origin, $"\"url\" is not an absolute http(s) address: {url}");
            }

            var html = OptionalString(row, "html");
            var text = OptionalString(row, "text");
            if (string.IsNullOrWhiteSpace(html) && string.IsNullOrWhiteSpace(text) && url is null)
            {
                return Problem(origin, "needs a non-empty \"html\" or \"text\", or a \"url\" to fetch");
            }

            var published = Published(row);
            var hints = new ArticleHints(OptionalString(row, "title"), OptionalString(row, "outlet"), published, published is null ? null : "input");
            return new JsonLinesRow(origin, null, url, string.IsNullOrWhiteSpace(html) ? null : html, string.IsNullOrWhiteSpace(text) ? null : text, hints);
        }
        catch (JsonException e)
        {
            return Problem(origin, $"invalid JSON ({FirstSentence(e.Message)})");
        }
        catch (FieldTypeException e)
        {
            return Problem(origin, e.Message);
        }
    }

    private DateTimeOffset? Published(JsonElement row)
    {
        if (!row.TryGetProperty("published", out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => dates.Parse(value.GetString()),
            JsonValueKind.Number when value.TryGetInt64(out var seconds) && seconds is > -62135596800 and < 253402300800 =>
                DateTimeOffset.FromUnixTimeSeconds(seconds),
            JsonValueKind.Null => null,
            _ => throw new FieldTypeException("\"published\" must be a date string or Unix seconds"),
        };
    }

    private static string? OptionalString(JsonElement row, string name)
    {
        if (!row.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new FieldTypeException(string.Create(CultureInfo.InvariantCulture, $"\"{name}\" must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}"));
    }

    private static JsonLinesRow Problem(string origin, string problem) => new(origin, problem, null, null, null, ArticleHints.None);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }

    private sealed class FieldTypeException(string message) : Exception(message);
}

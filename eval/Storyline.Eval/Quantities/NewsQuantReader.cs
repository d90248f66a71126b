using System.Text.Json;

namespace Storyline.Eval.Quantities;

/// <summary>Reads a NewsQuant JSON file: an array of <c>{text, quantities: [{value, change, unit, normalized_unit, referred_concepts}]}</c>.</summary>
public static class NewsQuantReader
{
    public static IReadOnlyList<NewsQuantSentence> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new DatasetMissingException(path, "the NewsQuant file does not exist (the evaluation data is read from ../shared/data)");
        }

        using var stream = File.OpenRead(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{path}: not valid JSON ({error.Message}).", error);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{path}: expected a JSON array of sentences.");
            }

            var sentences = new List<NewsQuantSentence>();
            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (!item.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String
                    || !item.TryGetProperty("quantities", out var quantities) || quantities.ValueKind != JsonValueKind.Array)
                {
                    throw new InvalidDataException($"{path}: sentence {index} lacks 'text' or 'quantities'.");
                }

                var gold = quantities.EnumerateArray().Select(q => new NewsQuantQuantity(
                    Field(q, "value"), Field(q, "change"), Field(q, "normalized_unit"))).ToList();
                sentences.Add(new NewsQuantSentence(text.GetString()!, gold));
                index++;
            }

            return sentences;
        }
    }

    private static string Field(JsonElement quantity, string name) =>
        quantity.TryGetProperty(name, out var value) ? value.ToString() : "";
}

using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Storyline.Core.Model;

namespace Storyline.Store;

/// <summary>The paragraph layer as stored: its producer and each paragraph's span and kind.</summary>
internal sealed record ParagraphLayerJson(string Producer, ImmutableArray<ParagraphSpanJson> Items)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string? Serialize(Document document)
    {
        var layer = document.Layers.FirstOrDefault(l => l.Name == Layers.Paragraphs.Name);
        if (layer is null)
        {
            return null;
        }

        var items = document.Get(Layers.Paragraphs)
            .Select(p => new ParagraphSpanJson(p.Range.Start, p.Range.End, p.Kind))
            .ToImmutableArray();
        return JsonSerializer.Serialize(new ParagraphLayerJson(layer.Producer, items), Options);
    }

    public static Document Restore(Document document, string? json)
    {
        if (json is null)
        {
            return document;
        }

        var layer = JsonSerializer.Deserialize<ParagraphLayerJson>(json, Options)
            ?? throw new StoreException("A stored paragraph layer is empty JSON.");
        var paragraphs = layer.Items.Select(i => new Paragraph(new TextRange(i.Start, i.End), i.Kind));
        return document.With(Layers.Paragraphs, paragraphs, layer.Producer);
    }
}

internal sealed record ParagraphSpanJson(int Start, int End, ParagraphKind Kind);

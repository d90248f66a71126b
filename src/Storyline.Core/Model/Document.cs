using System.Collections.Immutable;

namespace Storyline.Core.Model;

/// <summary>
/// The one document model that flows through the pipeline: an article's canonical text, what is
/// known about it, and typed layers of annotations whose spans are offsets into <see cref="Text"/>.
/// Immutable: every stage returns a new document with its layers added.
/// </summary>
public sealed record Document
{
    public Document(string text, ArticleMetadata metadata)
        : this(text, metadata, ImmutableDictionary<string, Layer>.Empty)
    {
    }

    private Document(string text, ArticleMetadata metadata, ImmutableDictionary<string, Layer> layers)
    {
        Text = text;
        Metadata = metadata;
        LayerMap = layers;
    }

    /// <summary>The article body: paragraphs joined by blank lines.</summary>
    public string Text { get; }

    public ArticleMetadata Metadata { get; init; }

    private ImmutableDictionary<string, Layer> LayerMap { get; init; }

    public IEnumerable<Layer> Layers => LayerMap.Values.OrderBy(l => l.Name, StringComparer.Ordinal);

    public bool Has(ILayerKey key) => LayerMap.ContainsKey(key.Name);

    /// <summary>The annotations of a layer, or an empty array when no stage added it.</summary>
    public ImmutableArray<T> Get<T>(LayerKey<T> key)
        where T : Annotation =>
        LayerMap.TryGetValue(key.Name, out var layer) && layer.Items is ImmutableArray<T> items
            ? items
            : [];

    /// <summary>A copy of this document with <paramref name="key"/> set to <paramref name="items"/>.</summary>
    public Document With<T>(LayerKey<T> key, IEnumerable<T> items, string producer)
        where T : Annotation
    {
        var array = items.ToImmutableArray();
        foreach (var item in array)
        {
            if (item.Range.Start < 0 || item.Range.End > Text.Length || item.Range.Start > item.Range.End)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(items), $"{producer} produced a span {item.Range} outside the text (length {Text.Length}).");
            }
        }

        return this with { LayerMap = LayerMap.SetItem(key.Name, new Layer(key.Name, producer, array)) };
    }

    public string TextOf(Annotation annotation) => annotation.Range.Of(Text);
}

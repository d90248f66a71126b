namespace Storyline.Core.Model;

/// <summary>
/// Names a layer of annotations and fixes its element type, so that reading a layer is
/// type-safe (the idea behind CoreNLP's typed annotation keys).
/// </summary>
public sealed class LayerKey<T>(string name) : ILayerKey
    where T : Annotation
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}

/// <summary>The untyped view of a layer key, used where stages declare what they read and add.</summary>
public interface ILayerKey
{
    string Name { get; }
}

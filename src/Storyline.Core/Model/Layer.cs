namespace Storyline.Core.Model;

/// <summary>One layer of annotations, with the name of the stage that produced it (provenance).</summary>
/// <param name="Items">The annotations in text order; the runtime type is the layer's element type.</param>
public sealed record Layer(string Name, string Producer, IReadOnlyList<Annotation> Items);

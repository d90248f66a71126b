using System.Collections.Immutable;

namespace Storyline.Core.Model;

/// <summary>One layer of annotations, with the name of the stage that produced it (provenance).</summary>
public sealed record Layer(string Name, string Producer, ImmutableArray<Annotation> Items);

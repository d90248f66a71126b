using Storyline.Core.Model;

namespace Storyline.Core.Pipeline;

/// <summary>
/// One step of the per-document pipeline. A stage is deterministic, does no I/O and keeps no
/// hidden state; it declares the layers it reads and the layers it adds, and the builder checks
/// that every read is satisfied by an earlier stage.
/// </summary>
public interface IStage
{
    string Name { get; }

    IReadOnlyList<ILayerKey> Reads { get; }

    IReadOnlyList<ILayerKey> Adds { get; }

    Document Run(Document document);
}

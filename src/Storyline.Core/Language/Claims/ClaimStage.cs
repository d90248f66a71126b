using Storyline.Core.Model;
using Storyline.Core.Pipeline;

namespace Storyline.Core.Language.Claims;

/// <summary>Adds the <c>claims</c> layer: each figure with what it counts, of whom, where, when, and who said it.</summary>
public sealed class ClaimStage(ClaimReader reader) : IStage
{
    public ClaimStage()
        : this(ClaimReader.Default)
    {
    }

    public string Name => "claims";

    public IReadOnlyList<ILayerKey> Reads =>
        [Layers.Tokens, Layers.Sentences, Layers.EntityMentions, Layers.Places, Layers.TimeExpressions, Layers.Figures, Layers.Attributions];

    public IReadOnlyList<ILayerKey> Adds => [Layers.Claims];

    public Document Run(Document document) =>
        document.With(Layers.Claims, reader.Read(document), Name);
}

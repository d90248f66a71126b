using Storyline.Core.Model;
using Storyline.Core.Pipeline;

namespace Storyline.Core.Language.Attributions;

/// <summary>Adds the <c>attributions</c> layer: who said what, as cue, source and content spans.</summary>
public sealed class AttributionStage(AttributionRecognizer recognizer) : IStage
{
    public AttributionStage()
        : this(AttributionRecognizer.Default)
    {
    }

    public string Name => "attributions";

    public IReadOnlyList<ILayerKey> Reads => [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<ILayerKey> Adds => [Layers.Attributions];

    public Document Run(Document document) =>
        document.With(Layers.Attributions, recognizer.Recognize(document.Text, document.Get(Layers.Tokens), document.Get(Layers.Sentences)), Name);
}

using Storyline.Core.Model;
using Storyline.Core.Pipeline;

namespace Storyline.Core.Language.Sentences;

/// <summary>Adds the <c>sentences</c> layer: sentence boundaries over the <c>tokens</c> layer.</summary>
public sealed class SentenceStage(SentenceSegmenter segmenter) : IStage
{
    public SentenceStage()
        : this(SentenceSegmenter.Default)
    {
    }

    public string Name => "sentences";

    public IReadOnlyList<ILayerKey> Reads => [Layers.Tokens];

    public IReadOnlyList<ILayerKey> Adds => [Layers.Sentences];

    public Document Run(Document document) =>
        document.With(Layers.Sentences, segmenter.Split(document.Text, document.Get(Layers.Tokens)), Name);
}

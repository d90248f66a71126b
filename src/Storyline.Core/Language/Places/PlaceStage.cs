using Storyline.Core.Model;
using Storyline.Core.Pipeline;

namespace Storyline.Core.Language.Places;

/// <summary>
/// Adds the <c>places</c> layer: location names (and place names the tagger typed otherwise)
/// resolved to countries, regions and populated places of the GeoNames gazetteer, using the
/// article's own context to tell namesakes apart. A name that resolves to nothing is left out.
/// </summary>
public sealed class PlaceStage : IStage
{
    private readonly Func<PlaceResolver> _resolver;

    /// <summary>A stage with the shipped gazetteer, loaded on the first document.</summary>
    public PlaceStage()
    {
        _resolver = () => PlaceResolver.Default;
    }

    public PlaceStage(PlaceResolver resolver)
    {
        _resolver = () => resolver;
    }

    public string Name => "places";

    public IReadOnlyList<ILayerKey> Reads => [Layers.Tokens, Layers.Entities, Layers.Sentences];

    public IReadOnlyList<ILayerKey> Adds => [Layers.Places];

    public Document Run(Document document)
    {
        var entities = UntaggedPlaceCandidates.AddTo(document.Text, document.Get(Layers.Tokens), document.Get(Layers.Entities));
        if (entities.IsEmpty)
        {
            return document.With(Layers.Places, [], Name);
        }

        var sentences = document.Get(Layers.Sentences);
        TextRange? firstSentence = sentences.IsEmpty ? null : sentences[0].Range;
        var places = _resolver().Resolve(document.Text, entities, firstSentence, document.Metadata.Title);
        return document.With(Layers.Places, places, Name);
    }
}

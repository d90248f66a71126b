using Storyline.Core.Model;
using Storyline.Core.Pipeline;

namespace Storyline.Core.Language.Entities;

/// <summary>
/// Adds the <c>entities</c> layer: person, organisation, location and other names found by the
/// entity tagger in the <c>tokens</c> layer. The whole document is tagged at once, because how a
/// word is written elsewhere in the document is evidence for it.
/// </summary>
public sealed class EntityStage : IStage
{
    private readonly Func<EntityTagger> _tagger;

    /// <summary>A stage with the shipped model, loaded on the first document.</summary>
    public EntityStage()
    {
        _tagger = () => new EntityTagger(NerModel.Default);
    }

    public EntityStage(NerModel model)
    {
        var tagger = new EntityTagger(model);
        _tagger = () => tagger;
    }

    public string Name => "entities";

    public IReadOnlyList<ILayerKey> Reads => [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<ILayerKey> Adds => [Layers.Entities];

    public Document Run(Document document) =>
        document.With(Layers.Entities, _tagger().Tag(document.Text, document.Get(Layers.Tokens), document.Get(Layers.Sentences)), Name);
}

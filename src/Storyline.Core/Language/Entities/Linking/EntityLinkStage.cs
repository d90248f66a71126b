using Storyline.Core.Model;
using Storyline.Core.Pipeline;

namespace Storyline.Core.Language.Entities.Linking;

/// <summary>
/// Adds the <c>entity-mentions</c> layer: every entity of the article, and every definite
/// description that refers back to one, linked to the entity's canonical name and key.
/// </summary>
public sealed class EntityLinkStage(EntityLinker linker) : IStage
{
    public EntityLinkStage()
        : this(EntityLinker.Default)
    {
    }

    public string Name => "entity-links";

    public IReadOnlyList<ILayerKey> Reads => [Layers.Tokens, Layers.Entities];

    public IReadOnlyList<ILayerKey> Adds => [Layers.EntityMentions];

    public Document Run(Document document) =>
        document.With(Layers.EntityMentions, linker.Link(document.Text, document.Get(Layers.Tokens), document.Get(Layers.Entities)), Name);
}

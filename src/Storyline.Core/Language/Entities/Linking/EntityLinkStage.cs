using System.Collections.Immutable;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;

namespace Storyline.Core.Language.Entities.Linking;

/// <summary>
/// Adds the <c>entity-mentions</c> layer: every entity of the article, and every definite
/// description that refers back to one, linked to the entity's canonical name and key. A name the
/// place stage resolved anywhere in the article is a location wherever it occurs, whatever type the
/// tagger gave it there, so that its key is the same in every article ("loc:ancash").
/// </summary>
public sealed class EntityLinkStage(EntityLinker linker) : IStage
{
    public EntityLinkStage()
        : this(EntityLinker.Default)
    {
    }

    public string Name => "entity-links";

    public IReadOnlyList<ILayerKey> Reads => [Layers.Tokens, Layers.Entities, Layers.Places];

    public IReadOnlyList<ILayerKey> Adds => [Layers.EntityMentions];

    public Document Run(Document document) =>
        document.With(Layers.EntityMentions, linker.Link(document.Text, document.Get(Layers.Tokens), WithPlaceTypes(document)), Name);

    private static ImmutableArray<Entity> WithPlaceTypes(Document document)
    {
        var entities = document.Get(Layers.Entities);
        var places = document.Get(Layers.Places).Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        if (places.IsEmpty)
        {
            return entities;
        }

        // Both layers are in text order: one walk pairs each place with the entities inside it.
        var placeNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var next = 0;
        foreach (var place in places)
        {
            while (next < entities.Length && entities[next].Range.End <= place.Range.Start)
            {
                next++;
            }

            for (var e = next; e < entities.Length && entities[e].Range.Start < place.Range.End; e++)
            {
                if (place.Range.Contains(entities[e].Range))
                {
                    placeNames.Add(entities[e].Text);
                }
            }
        }

        return [.. entities.Select(e => e.Type != EntityType.Location && placeNames.Contains(e.Text) ? e with { Type = EntityType.Location } : e)];
    }
}

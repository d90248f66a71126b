using Storyline.Core.Language.Places;
using Storyline.Core.Model;

namespace Storyline.Core.Tests.Language.Places;

/// <summary>Documents with hand-placed entity spans, so the place tests do not depend on the entity tagger.</summary>
internal static class PlaceDocuments
{
    /// <summary>
    /// Resolves <paramref name="text"/> in which the spans in <paramref name="locations"/> are
    /// tagged as locations (every occurrence of each) and those in <paramref name="others"/> as
    /// organisations; the first sentence runs to the first full stop.
    /// </summary>
    public static Document Resolve(string text, IEnumerable<string> locations, IEnumerable<string>? others = null, string? title = null)
    {
        var entities = new List<Entity>();
        AddAll(text, locations, EntityType.Location, entities);
        AddAll(text, others ?? [], EntityType.Organization, entities);
        entities.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        var firstStop = text.IndexOf(". ", StringComparison.Ordinal);
        var sentence = new Sentence(new TextRange(0, firstStop < 0 ? text.Length : firstStop + 1), 0, 0);
        var document = new Document(text, ArticleMetadata.Empty with { Title = title })
            .With(Layers.Sentences, [sentence], "test")
            .With(Layers.Entities, entities, "test");
        return new PlaceStage().Run(document);
    }

    public static Place Single(Document document, string mentionText) =>
        Assert.Single(document.Get(Layers.Places), p => p.Text == mentionText);

    private static void AddAll(string text, IEnumerable<string> names, EntityType type, List<Entity> entities)
    {
        foreach (var name in names)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var range = new TextRange(at, at + name.Length);
                if (!entities.Exists(e => e.Range.Overlaps(range)))
                {
                    entities.Add(new Entity(range, type, name));
                }
            }
        }
    }
}

using CsCheck;
using Storyline.Core.Language.Places;
using Storyline.Core.Model;

namespace Storyline.Core.Tests.Language.Places;

public sealed class PlaceStagePropertyTests
{
    private static readonly Gen<string> Words = Gen.OneOf(
        "Paris", "Texas", "northern", "Kharkiv", "Oblast", "region", "the", "province", "of", "Ancash", "U.S.", "Tripoli",
        "river", "Lake", ",", ", ", "  ", "\n", "’s", "Lebanon", "Côte", "d'Ivoire", "\u0000", "Ж", "日本", "-", ".", "South");

    private static readonly Gen<(string Text, List<(int Start, int Length, EntityType Type)> Spans)> Documents =
        Words.Array[0, 40].Select(w => string.Join(' ', w)).SelectMany(text =>
            Gen.Select(Gen.Int[0, Math.Max(0, text.Length)], Gen.Int[0, 20], Gen.Enum<EntityType>()).List[0, 12]
                .Select(spans => (text, spans.Select(s => (Math.Min(s.Item1, text.Length), Math.Min(s.Item2, text.Length - Math.Min(s.Item1, text.Length)), s.Item3)).ToList())));

    [Fact]
    public void Never_throws_and_every_place_lies_within_the_text()
    {
        Documents.Sample(sample =>
        {
            var (text, spans) = sample;
            var entities = spans
                .Select(s => new Entity(new TextRange(s.Start, s.Start + s.Length), s.Type, text.Substring(s.Start, s.Length)))
                .OrderBy(e => e.Range.Start)
                .ToList();
            var document = new Document(text, ArticleMetadata.Empty with { Title = text })
                .With(Layers.Sentences, [new Sentence(new TextRange(0, text.Length), 0, 0)], "test")
                .With(Layers.Entities, entities, "test");

            var places = new PlaceStage().Run(document).Get(Layers.Places);

            foreach (var place in places)
            {
                Assert.InRange(place.Range.Start, 0, text.Length);
                Assert.InRange(place.Range.End, place.Range.Start, text.Length);
                Assert.Equal(place.Text, document.TextOf(place));
                Assert.InRange(place.Latitude, -90, 90);
                Assert.InRange(place.Longitude, -180, 180);
            }
        });
    }

    [Fact]
    public void A_long_single_line_with_many_names_resolves_in_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat("Floods hit Kendrapara and Jajpur in Odisha near Paris, Texas. ", 20_000));
        var entities = new List<Entity>();
        foreach (var name in new[] { "Kendrapara", "Jajpur", "Odisha", "Paris", "Texas" })
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                entities.Add(new Entity(new TextRange(at, at + name.Length), EntityType.Location, name));
            }
        }

        entities.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        var document = new Document(text, ArticleMetadata.Empty).With(Layers.Entities, entities, "test");
        var places = new PlaceStage().Run(document).Get(Layers.Places);

        Assert.Equal(entities.Count, places.Length);
    }

    [Fact]
    public void A_page_listing_thousands_of_distinct_villages_resolves_without_blowing_up()
    {
        var gazetteer = PlaceGazetteer.Default;
        var names = Enumerable.Range(0, gazetteer.Count)
            .Select(i => gazetteer[i])
            .Where(e => e.Kind == PlaceKind.City && e.Population is > 0 and < 20_000 && e.Name.All(c => char.IsAsciiLetter(c)))
            .Select(e => e.Name)
            .Distinct()
            .Take(5_000)
            .ToList();
        var text = new System.Text.StringBuilder();
        var entities = new List<Entity>();
        foreach (var name in names)
        {
            entities.Add(new Entity(new TextRange(text.Length, text.Length + name.Length), EntityType.Location, name));
            text.Append(name).Append("; ");
        }

        var document = new Document(text.ToString(), ArticleMetadata.Empty).With(Layers.Entities, entities, "test");
        var places = new PlaceStage().Run(document).Get(Layers.Places);

        Assert.All(places, p => Assert.Contains(p.Text, names));
    }
}

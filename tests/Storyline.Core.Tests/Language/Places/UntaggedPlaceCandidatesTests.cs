using Storyline.Core.Language.Places;
using Storyline.Core.Language.Tokens;
using Storyline.Core.Model;

namespace Storyline.Core.Tests.Language.Places;

public sealed class UntaggedPlaceCandidatesTests
{
    private static Document Resolve(string text, params string[] locations)
    {
        var entities = locations
            .Select(name => (Name: name, At: text.IndexOf(name, StringComparison.Ordinal)))
            .Select(l => new Entity(new TextRange(l.At, l.At + l.Name.Length), EntityType.Location, l.Name))
            .OrderBy(e => e.Range.Start)
            .ToList();
        var document = new Document(text, ArticleMetadata.Empty)
            .With(Layers.Tokens, Tokenizer.Default.Tokenize(text), "test")
            .With(Layers.Sentences, [new Sentence(new TextRange(0, text.Length), 0, 0)], "test")
            .With(Layers.Entities, entities, "test");
        return new PlaceStage().Run(document);
    }

    [Fact]
    public void A_large_city_the_tagger_missed_after_in_is_placed_in_the_article_country()
    {
        var document = Resolve(
            "Floods hit Odisha in India. Officials met at the relief centre in Bhubaneswar on Monday.", "Odisha", "India");
        Assert.Contains(document.Get(Layers.Places), p => p.Text == "Bhubaneswar" && p.CountryCode == "IN");
    }

    [Fact]
    public void Capitalised_words_after_a_preposition_that_are_no_place_stay_out()
    {
        var document = Resolve("Floods hit Odisha in India. The vote in Parliament was delayed to Thursday.", "Odisha", "India");
        Assert.DoesNotContain(document.Get(Layers.Places), p => p.Text is "Parliament" or "Thursday");
    }
}

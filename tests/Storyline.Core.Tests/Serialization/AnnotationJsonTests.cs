using System.Text.Json;
using Storyline.Core.Model;
using Storyline.Core.Serialization;

namespace Storyline.Core.Tests.Serialization;

public sealed class AnnotationJsonTests
{
    private const string Text = "Boats left northern Lanmere on Tuesday. Marsh said so.";

    [Fact]
    public void Every_layer_is_written_with_snake_case_keys_and_offsets()
    {
        var json = Serialize(Annotated());

        var sentence = json.GetProperty("sentences")[0];
        Assert.Equal((0, 39, "Boats left northern Lanmere on Tuesday."), (sentence.GetProperty("start").GetInt32(), sentence.GetProperty("end").GetInt32(), sentence.GetProperty("text").GetString()));

        var entity = json.GetProperty("entities")[0];
        Assert.Equal("Marsh", entity.GetProperty("text").GetString());
        Assert.Equal("person", entity.GetProperty("type").GetString());
        Assert.Equal("Lena Marsh", entity.GetProperty("canonical_name").GetString());
        Assert.Equal("per:lena marsh", entity.GetProperty("canonical_key").GetString());

        var place = json.GetProperty("places")[0];
        Assert.Equal("northern Lanmere", place.GetProperty("text").GetString());
        Assert.Equal("Lanmere", place.GetProperty("name").GetString());
        Assert.Equal("northern", place.GetProperty("qualifier").GetString());
        Assert.Equal("city", place.GetProperty("kind").GetString());
        Assert.Equal(9_000_001, place.GetProperty("geonames_id").GetInt64());
        Assert.Equal("XL", place.GetProperty("country_code").GetString());
        Assert.Equal("Xland", place.GetProperty("country").GetString());
        Assert.Equal("Coast", place.GetProperty("region").GetString());
        Assert.Equal(-12.5, place.GetProperty("lat").GetDouble());
        Assert.Equal(44.25, place.GetProperty("lon").GetDouble());

        var time = json.GetProperty("times")[0];
        Assert.Equal(("on Tuesday", "DATE", "2026-03-10"), (time.GetProperty("text").GetString(), time.GetProperty("type").GetString(), time.GetProperty("value").GetString()));
        Assert.Equal((28, 38), (time.GetProperty("start").GetInt32(), time.GetProperty("end").GetInt32()));
        Assert.Equal(JsonValueKind.Null, time.GetProperty("mod").ValueKind);
        Assert.Equal("2026-03-10T00:00", time.GetProperty("span_begin").GetString());
        Assert.Equal(JsonValueKind.Null, time.GetProperty("span_end").ValueKind);
        Assert.Equal(Text, json.GetProperty("article").GetProperty("text").GetString());
    }

    [Fact]
    public void Layers_no_stage_produced_are_null_and_entities_fall_back_to_the_tagger_s()
    {
        var document = new Document(Text, ArticleMetadata.Empty)
            .With(Layers.Entities, [new Entity(new TextRange(40, 45), EntityType.Person, "Marsh")], "tagger");

        var json = Serialize(document);

        Assert.Equal(JsonValueKind.Null, json.GetProperty("places").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("times").ValueKind);
        Assert.Equal(0, json.GetProperty("sentences").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("entities")[0].GetProperty("canonical_key").ValueKind);
    }

    private static JsonElement Serialize(Document document) =>
        JsonDocument.Parse(JsonSerializer.Serialize(AnnotationJson.From(document), StorylineJson.Options)).RootElement;

    private static Document Annotated() =>
        new Document(Text, ArticleMetadata.Empty)
            .With(Layers.Sentences, [new Sentence(new TextRange(0, 39), 0, 7), new Sentence(new TextRange(40, 54), 7, 4)], "sentences")
            .With(Layers.EntityMentions, [new EntityMention(new TextRange(40, 45), EntityType.Person, "Marsh", "Lena Marsh", "per:lena marsh")], "links")
            .With(Layers.Places, [new Place(new TextRange(11, 27), "northern Lanmere", "Lanmere", "northern", PlaceKind.City, 9_000_001, "XL", "Xland", "Coast", -12.5, 44.25)], "places")
            .With(Layers.TimeExpressions, [new TimeExpression(new TextRange(28, 38), "on Tuesday", TimexType.Date, "2026-03-10", Begin: "2026-03-10T00:00")], "times");
}

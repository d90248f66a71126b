using Storyline.Eval.Quantities;

namespace Storyline.Eval.Tests.Quantities;

public sealed class NewsQuantReaderTests
{
    [Fact]
    public void Reads_sentences_and_their_quantities()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """
            [{"text": "Some 40 boats sank.", "quantities": [{"value": "40.0", "change": "~", "unit": "boats", "normalized_unit": "boat", "referred_concepts": "-"}]},
             {"text": "Nothing here.", "quantities": []}]
            """);
        var sentences = NewsQuantReader.Read(path);
        Assert.Equal(2, sentences.Count);
        Assert.Equal(new NewsQuantQuantity("40.0", "~", "boat"), Assert.Single(sentences[0].Quantities));
        Assert.Empty(sentences[1].Quantities);
    }

    [Fact]
    public void A_missing_file_or_bad_json_is_named_in_the_error()
    {
        Assert.Throws<DatasetMissingException>(() => NewsQuantReader.Read("/nonexistent/newsquant.json"));
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "{ not json");
        var error = Assert.Throws<InvalidDataException>(() => NewsQuantReader.Read(path));
        Assert.Contains(path, error.Message);
    }
}

using System.Text.Json;
using Storyline.Core.Model;
using Storyline.Core.Serialization;
using Storyline.Core.Summaries;

namespace Storyline.Core.Tests.Serialization;

public sealed class BriefingJsonTests
{
    [Fact]
    public void A_summary_sentence_carries_its_span_in_the_article_text()
    {
        const string text = "Lantern Bay, Tuesday.  The ferry   left at noon. Nobody was hurt.";
        var range = new TextRange(23, 48);
        var sentence = new SummarySentence("The ferry left at noon.", "harbour-post-1", "Harbour Post", range, 1, 5);

        var json = JsonSerializer.SerializeToElement(SummarySentenceJson.From(sentence), StorylineJson.Options);

        Assert.Equal("harbour-post-1", json.GetProperty("article_id").GetString());
        Assert.Equal(23, json.GetProperty("start").GetInt32());
        Assert.Equal(48, json.GetProperty("end").GetInt32());
        Assert.Equal("The ferry   left at noon.", text[json.GetProperty("start").GetInt32()..json.GetProperty("end").GetInt32()]);
    }
}

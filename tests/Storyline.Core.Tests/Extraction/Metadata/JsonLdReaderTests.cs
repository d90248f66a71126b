using AngleSharp.Html.Parser;
using Storyline.Core.Extraction.Metadata;

namespace Storyline.Core.Tests.Extraction.Metadata;

public sealed class JsonLdReaderTests
{
    private static JsonLdArticle Read(string json)
    {
        using var page = new HtmlParser().ParseDocument($"<html><head><script type=\"application/ld+json\">{json}</script></head></html>");
        return JsonLdReader.Read(page);
    }

    [Fact]
    public void Resolves_graph_references_and_skips_organisation_authors()
    {
        var article = Read("""
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","@id":"#site","name":"Lowmoor Ledger"},
              {"@type":"Organization","@id":"#org","name":"Lowmoor Ledger Ltd"},
              {"@type":"Person","@id":"#p1","name":"Rhea Castellan"},
              {"@type":["ReportageNewsArticle"],"headline":"Bridge vote delayed","datePublished":"2024-09-02T07:15:00+02:00",
               "author":[{"@id":"#p1"},{"@id":"#org"},"Tam Oduya"],"publisher":{"@id":"#org"},"inLanguage":"en-GB"}]}
            """);
        Assert.Equal("Bridge vote delayed", article.Headline);
        Assert.Equal("2024-09-02T07:15:00+02:00", article.DatePublished);
        Assert.Equal(new[] { "Rhea Castellan", "Tam Oduya" }, article.Authors);
        Assert.Equal("Lowmoor Ledger Ltd", article.PublisherName);
        Assert.Equal("en-GB", article.Language);
    }

    [Fact]
    public void Reads_json_wrapped_in_cdata()
    {
        var article = Read("<![CDATA[ {\"@type\":\"BlogPosting\",\"headline\":\"Winter garden notes\"} ]]>");
        Assert.Equal("Winter garden notes", article.Headline);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("[1, 2, 3]")]
    public void Malformed_or_unrelated_json_gives_nothing(string json)
    {
        Assert.Equal(JsonLdArticle.Empty.Headline, Read(json).Headline);
        Assert.Empty(Read(json).Authors);
    }
}

namespace Storyline.Ingest.Tests;

public sealed class ContentSnifferTests
{
    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>Hi</p></body></html>", ContentKind.Html)]
    [InlineData("  \n<html lang=\"en\">", ContentKind.Html)]
    [InlineData("<p>Just a paragraph</p>", ContentKind.Html)]
    [InlineData("Intro line\n<div class=\"story\"><p>Body</p></div>", ContentKind.Html)]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>", ContentKind.Feed)]
    [InlineData("<?xml version=\"1.0\"?><!-- a feed --><feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", ContentKind.Feed)]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"></rdf:RDF>", ContentKind.Feed)]
    [InlineData("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>", ContentKind.Html)]
    [InlineData("{\"title\":\"A\",\"text\":\"B\"}\n{\"title\":\"C\",\"text\":\"D\"}", ContentKind.JsonLines)]
    [InlineData("{not json at all}\nmore", ContentKind.PlainText)]
    [InlineData("PORT ELLIS, March 3 - The ferry resumed service on Tuesday.", ContentKind.PlainText)]
    [InlineData("Prices rose 3% while x < y held.", ContentKind.PlainText)]
    public void Types_text_by_its_content(string text, ContentKind expected)
    {
        Assert.Equal(expected, ContentSniffer.Sniff(text));
    }
}

using Storyline.Core.Extraction.Metadata;

namespace Storyline.Core.Tests.Extraction.Metadata;

public sealed class UrlDateParserTests
{
    [Theory]
    [InlineData("https://lowmoorledger.example/news/2024/09/02/bridge-vote", "2024-09-02")]
    [InlineData("https://lowmoorledger.example/2024-09-02-bridge-vote", "2024-09-02")]
    [InlineData("https://lowmoorledger.example/story/20240902/bridge-vote", "2024-09-02")]
    public void Reads_dates_in_article_paths(string url, string expected)
    {
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), UrlDateParser.Parse(url)?.Value.DateTime);
    }

    [Theory]
    [InlineData("https://lowmoorledger.example/news/2024/09/bridge-vote")]
    [InlineData("https://lowmoorledger.example/item/123456789")]
    [InlineData("https://lowmoorledger.example/2024/02/31/impossible")]
    [InlineData("not a url")]
    [InlineData(null)]
    public void Gives_nothing_without_a_full_valid_date(string? url)
    {
        Assert.Null(UrlDateParser.Parse(url));
    }
}

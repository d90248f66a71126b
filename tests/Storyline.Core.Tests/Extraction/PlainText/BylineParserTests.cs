using Storyline.Core.Extraction.PlainText;

namespace Storyline.Core.Tests.Extraction.PlainText;

public sealed class BylineParserTests
{
    private readonly BylineParser _parser = BylineParser.Default;

    [Theory]
    [InlineData("By Jane Doe and Omar Said", new[] { "Jane Doe", "Omar Said" })]
    [InlineData("Jane Doe, Health Correspondent", new[] { "Jane Doe" })]
    [InlineData("By Ana de la Cruz, Jonas Weber & Li Wei", new[] { "Ana de la Cruz", "Jonas Weber", "Li Wei" })]
    [InlineData("By Jane Doe in Lisbon", new[] { "Jane Doe" })]
    [InlineData("Words: Tomasz Nowak", new[] { "Tomasz Nowak" })]
    [InlineData("By JANE DOE", new[] { "JANE DOE" })]
    public void Reads_the_people_in_a_byline(string line, string[] authors)
    {
        var byline = _parser.TryParse(line);

        Assert.NotNull(byline);
        Assert.Equal(authors, byline.Authors.ToArray());
    }

    [Theory]
    [InlineData("By the time the fire was out, the roof had gone.")]
    [InlineData("Jane Doe, a nurse at the hospital, said the ward was full.")]
    [InlineData("5 Minute Read")]
    [InlineData("The Harbour Times")]
    public void Sentences_and_furniture_are_not_bylines(string line)
    {
        Assert.Null(_parser.TryParse(line));
    }

    [Fact]
    public void An_outlet_in_the_byline_is_kept_apart_from_the_authors()
    {
        var byline = _parser.TryParse("By Jane Doe for The Harbour Times");

        Assert.NotNull(byline);
        Assert.Equal(["Jane Doe"], byline.Authors.ToArray());
        Assert.Equal("The Harbour Times", byline.Outlet);
    }
}

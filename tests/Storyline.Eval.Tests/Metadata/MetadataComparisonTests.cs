using Storyline.Eval.Metadata;

namespace Storyline.Eval.Tests.Metadata;

public sealed class MetadataComparisonTests
{
    [Theory]
    [InlineData("Ferry workers walk out", "Ferry  workers walk OUT", true)]
    [InlineData("Ferry workers’ walk out", "Ferry workers' walk out", true)]
    [InlineData("Ferry workers walk out", "Ferry workers walk out - Harbour Gazette", true)]
    [InlineData("Ferry workers walk out", "Harbour Gazette | Ferry workers walk out", true)]
    [InlineData("Ferry workers walk out", "Ferry workers walk out - Mara Quillon - Harbour Gazette", true)]
    [InlineData("Ferry workers walk out", "Ferry workers walk out over pay", false)]
    [InlineData("Ferry workers", "Ferry workers walk out - Harbour Gazette", false)]
    [InlineData(null, "Ferry workers walk out", false)]
    public void Title_rules(string? extracted, string expected, bool matches)
    {
        Assert.Equal(matches, MetadataComparison.TitleMatches(extracted, expected));
    }

    [Fact]
    public void Byline_page_is_right_when_every_named_person_is_found_and_nothing_else_is_claimed()
    {
        var score = MetadataComparison.ScoreByline(["Mara Quillon"], "By Mara Quillon, MA Harbour Gazette Health News");
        Assert.True(score.PageRight);
        Assert.Equal(2, score.Reference);
        Assert.Equal(1, score.ReferenceFound);
    }

    [Fact]
    public void Byline_page_is_wrong_when_a_co_author_is_missed_or_an_extra_author_claimed()
    {
        Assert.False(MetadataComparison.ScoreByline(["Mara Quillon"], "Mara Quillon and Ivo Brandt").PageRight);
        Assert.False(MetadataComparison.ScoreByline(["Mara Quillon", "Ivo Brandt"], "Mara Quillon").PageRight);
        Assert.False(MetadataComparison.ScoreByline([], "Mara Quillon").PageRight);
        Assert.True(MetadataComparison.ScoreByline(["Ivo Brandt", "Mara Quillon"], "Mara Quillon, Ivo Brandt").PageRight);
    }

    [Theory]
    [InlineData("2020-03-03T23:30:00-05:00", "2020-03-03T23:30:00-05:00", true)]
    [InlineData("2020-03-04T04:30:00+00:00", "2020-03-03T23:30:00-05:00", true)]
    [InlineData("2020-03-04T04:30:00+00:00", "2020-03-04", true)]
    [InlineData("2020-03-05T01:00:00+00:00", "2020-03-03T23:30:00-05:00", false)]
    public void Published_is_compared_by_the_reference_day_in_its_own_offset(string extracted, string expected, bool matches)
    {
        Assert.Equal(matches, MetadataComparison.PublishedMatches(DateTimeOffset.Parse(extracted, System.Globalization.CultureInfo.InvariantCulture), expected));
    }

    [Fact]
    public void Site_names_are_compared_folded()
    {
        Assert.True(MetadataComparison.SiteNameMatches("the Harbour  Gazette", "The Harbour Gazette"));
        Assert.False(MetadataComparison.SiteNameMatches("Harbour Gazette Inc", "The Harbour Gazette"));
    }
}

using Storyline.Core.Time;

namespace Storyline.Core.Tests.Time;

public sealed class TimeZoneAbbreviationsTests
{
    [Theory]
    [InlineData("EST", -5, 0)]
    [InlineData("edt", -4, 0)]
    [InlineData("GMT", 0, 0)]
    [InlineData("IST", 5, 30)]
    [InlineData("CEST", 2, 0)]
    public void Known_abbreviations_have_their_offsets(string abbreviation, int hours, int minutes)
    {
        Assert.True(TimeZoneAbbreviations.Default.TryGetOffset(abbreviation, out var offset));
        Assert.Equal(new TimeSpan(hours, hours < 0 ? -minutes : minutes, 0), offset);
    }

    [Fact]
    public void Unknown_abbreviations_are_not_guessed()
    {
        Assert.False(TimeZoneAbbreviations.Default.TryGetOffset("XYZ", out _));
    }
}

using CsCheck;
using Storyline.Core.Extraction.PlainText;

namespace Storyline.Core.Tests.Extraction.PlainText;

public sealed class DatelineRecognizerTests
{
    private readonly DatelineRecognizer _recognizer = DatelineRecognizer.Default;

    [Theory]
    [InlineData("Published 4 March 2026, 09:12 GMT", "2026-03-04T09:12:00+00:00", DateLabel.Published)]
    [InlineData("March 4, 2026 3:05 PM EST", "2026-03-04T15:05:00-05:00", DateLabel.Unlabelled)]
    [InlineData("2026-03-04T09:12:00+01:00", "2026-03-04T09:12:00+01:00", DateLabel.Unlabelled)]
    [InlineData("04/03/2026 09:12 CET", "2026-03-04T09:12:00+01:00", DateLabel.Unlabelled)]
    [InlineData("Updated: Wed 4 Mar 2026 10.40 CET", "2026-03-04T10:40:00+01:00", DateLabel.Updated)]
    [InlineData("03/04/2026 9:12 a.m. EDT", "2026-03-04T09:12:00-04:00", DateLabel.Unlabelled)]
    [InlineData("Posted Tuesday 17 February 2026 at 12:30am AEDT", "2026-02-17T00:30:00+11:00", DateLabel.Published)]
    [InlineData("Last updated 2026-03-04 18:00Z", "2026-03-04T18:00:00+00:00", DateLabel.Updated)]
    [InlineData("4. März 2026, 14:05 CET", "2026-03-04T14:05:00+01:00", DateLabel.Unlabelled)]
    public void Reads_datelines_with_their_offsets(string line, string expected, DateLabel label)
    {
        var found = _recognizer.FindAll(line);

        var date = Assert.Single(found);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Value);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, date.Value.Offset);
        Assert.Equal(label, date.Label);
        Assert.True(_recognizer.IsDateline(line, found));
    }

    [Fact]
    public void Time_before_the_date_is_read_too()
    {
        var date = Assert.Single(_recognizer.FindAll("09:12 BST, 4 March 2026"));

        Assert.Equal(new DateTimeOffset(2026, 3, 4, 9, 12, 0, TimeSpan.FromHours(1)), date.Value);
        Assert.True(date.HasZone);
    }

    [Fact]
    public void Published_and_updated_on_one_line_are_told_apart()
    {
        var found = _recognizer.FindAll("Published 4 March 2026 09:12 GMT | Updated 5 March 2026 08:00 GMT");

        Assert.Equal([DateLabel.Published, DateLabel.Updated], found.Select(d => d.Label));
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 8, 0, 0, TimeSpan.Zero), found[1].Value);
    }

    [Fact]
    public void A_date_without_zone_is_read_as_utc_and_says_so()
    {
        var date = Assert.Single(_recognizer.FindAll("4 March 2026"));

        Assert.Equal(new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero), date.Value);
        Assert.False(date.HasZone);
        Assert.False(date.HasTime);
    }

    [Theory]
    [InlineData("The council met on 4 March 2026 and agreed to rebuild the barrier.")]
    [InlineData("Fares rise on March 4, 2026 for all routes")]
    public void Prose_mentioning_a_date_is_not_a_dateline(string line)
    {
        var found = _recognizer.FindAll(line);

        Assert.NotEmpty(found);
        Assert.False(_recognizer.IsDateline(line, found));
    }

    [Theory]
    [InlineData("31/02/2026 10:00 GMT")]
    [InlineData("The vote was 12 to 4.")]
    [InlineData("Room 2026-99")]
    public void Impossible_or_absent_dates_are_not_found(string line)
    {
        Assert.Empty(_recognizer.FindAll(line));
    }

    [Fact]
    public void An_offset_beyond_fourteen_hours_is_ignored_not_thrown()
    {
        var date = Assert.Single(_recognizer.FindAll("4 March 2026 09:12 NZDT+14"));

        Assert.False(date.HasZone);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 9, 12, 0, TimeSpan.Zero), date.Value);
    }

    [Fact]
    public void Date_shaped_noise_never_throws_and_offsets_stay_in_range()
    {
        var token = Gen.OneOf(
            Gen.Int[0, 99].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Int[1890, 2210].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.OneOf("March", "Mar.", "mars", "Sept", "dic", "GMT", "EST", "NZDT", "CET", "PM", "a.m.", "Updated:", "Published", "T", "Z", "+14:00", "-12", "+99:99", "/", ":", ".", ",", "-", " ", "at"));
        var line = Gen.Select(token.Array[0, 20], Gen.Bool, (parts, spaced) => string.Join(spaced ? " " : string.Empty, parts));

        line.Sample(
            text =>
            {
                foreach (var date in _recognizer.FindAll(text))
                {
                    Assert.InRange(date.Value.Offset, TimeSpan.FromHours(-14), TimeSpan.FromHours(14));
                    Assert.InRange(date.Start, 0, date.End);
                    Assert.InRange(date.End, date.Start, text.Length);
                }
            },
            iter: 5000);
    }
}

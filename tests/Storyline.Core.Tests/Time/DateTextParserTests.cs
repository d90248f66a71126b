using System.Globalization;
using CsCheck;
using Storyline.Core.Time;

namespace Storyline.Core.Tests.Time;

public sealed class DateTextParserTests
{
    private static readonly DateTextParser Parser = DateTextParser.Default;

    [Theory]
    [InlineData("2020-03-03T14:05:00+01:00", "2020-03-03T14:05:00+01:00")]
    [InlineData("2020-03-03T13:05:00.123Z", "2020-03-03T13:05:00.123+00:00")]
    [InlineData("2020-03-03 14:05:00 +0100", "2020-03-03T14:05:00+01:00")]
    [InlineData("Tue, 03 Mar 2020 14:05:00 GMT", "2020-03-03T14:05:00+00:00")]
    [InlineData("Tue, 3 Mar 2020 09:05:00 -0500", "2020-03-03T09:05:00-05:00")]
    [InlineData("Tuesday 3 March 2020 14:05 GMT", "2020-03-03T14:05:00+00:00")]
    [InlineData("March 3, 2020, 9:05 a.m. EST", "2020-03-03T09:05:00-05:00")]
    [InlineData("March 3, 2020 at 9:05 pm EDT", "2020-03-03T21:05:00-04:00")]
    [InlineData("03.03.2020 14:05 CET", "2020-03-03T14:05:00+01:00")]
    [InlineData("Published 14:05 BST, 3 March 2020", "2020-03-03T14:05:00+01:00")]
    [InlineData("3 March 2020 14:05 GMT+1", "2020-03-03T14:05:00+01:00")]
    [InlineData("le 3 mars 2020 à 14h05", "2020-03-03T14:05:00+00:00")]
    [InlineData("1583244300", "2020-03-03T14:05:00+00:00")]
    [InlineData("Tue, 03 Mar 20 14:05:00 GMT", "2020-03-03T14:05:00+00:00")]
    [InlineData("3 Mar 98 09:05 EST", "1998-03-03T09:05:00-05:00")]
    [InlineData("Tue, 03 Mar 2020 14:05:00 AEDT", "2020-03-03T14:05:00+11:00")]
    public void Reads_common_date_formats(string text, string expected)
    {
        var parsed = Parser.Parse(text);
        Assert.NotNull(parsed);
        var instant = DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture);
        Assert.Equal(instant, parsed.Value);
        Assert.Equal(instant.Offset, parsed.Value.Offset);
    }

    [Fact]
    public void A_date_without_zone_keeps_its_wall_time_and_says_so()
    {
        var parsed = Parser.Parse("March 3, 2020 9:05 am");
        Assert.NotNull(parsed);
        Assert.False(parsed.HasOffset);
        Assert.True(parsed.HasTime);
        Assert.Equal(new DateTimeOffset(2020, 3, 3, 9, 5, 0, TimeSpan.Zero), parsed.Value);
    }

    [Fact]
    public void A_date_alone_has_no_time()
    {
        var parsed = Parser.Parse("20200303");
        Assert.NotNull(parsed);
        Assert.False(parsed.HasTime);
        Assert.Equal(new DateTime(2020, 3, 3), parsed.Value.DateTime);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Updated 5 hours ago")]
    [InlineData("31 February 2020")]
    [InlineData("2020-13-01")]
    [InlineData("the 12th of never")]
    [InlineData("25:99")]
    [InlineData("3 March 2020 14:05 NZDT+13")]
    [InlineData("2020-03-03T14:05:00+14:30")]
    public void Text_that_is_not_a_date_gives_null(string text)
    {
        Assert.Null(Parser.Parse(text));
    }

    [Fact]
    public void Finds_a_dateline_inside_running_text()
    {
        var parsed = Parser.Find("By Jane Doe in Port Averly | Updated: June 12, 2019 11:40 PM PDT | 4 min read");
        Assert.NotNull(parsed);
        Assert.Equal(new DateTimeOffset(2019, 6, 12, 23, 40, 0, TimeSpan.FromHours(-7)), parsed.Value);
    }

    private static readonly Gen<DateTimeOffset> Instants =
        Gen.Select(Gen.Int[1900, 2100], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 86_399], Gen.Int[-14 * 4, 14 * 4])
            .Select((year, month, day, second, quarterHours) =>
                new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.FromMinutes(quarterHours * 15)).AddSeconds(second));

    [Theory]
    [InlineData("yyyy-MM-dd'T'HH:mm:sszzz")]
    [InlineData("yyyy-MM-dd HH:mm:ss zzz")]
    [InlineData("ddd, dd MMM yyyy HH:mm:ss zzz")]
    [InlineData("dddd d MMMM yyyy HH:mm:ss zzz")]
    [InlineData("MMMM d, yyyy, h:mm:ss tt zzz")]
    [InlineData("dd.MM.yyyy HH:mm:ss zzz")]
    [InlineData("o")]
    public void Formatting_any_instant_and_parsing_it_back_gives_the_same_instant(string format)
    {
        Instants.Sample(instant =>
        {
            var text = instant.ToString(format, CultureInfo.InvariantCulture);
            var parsed = Parser.Parse(text);
            Assert.True(parsed is not null, $"could not parse '{text}'");
            Assert.Equal(instant, parsed.Value);
            Assert.True(parsed.HasOffset);
        });
    }

    [Fact]
    public void Rfc_1123_round_trips()
    {
        Instants.Sample(instant =>
        {
            var text = instant.ToString("R", CultureInfo.InvariantCulture);
            Assert.Equal(instant.ToUniversalTime(), Parser.Parse(text)?.Value);
        });
    }

    [Fact]
    public void Rfc_822_with_a_compact_offset_round_trips()
    {
        Instants.Sample(instant =>
        {
            var offset = instant.Offset;
            var sign = offset < TimeSpan.Zero ? '-' : '+';
            var text = instant.ToString("ddd, d MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)
                + sign + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);
            Assert.Equal(instant, Parser.Parse(text)?.Value);
        });
    }

    [Fact]
    public void Never_throws_on_arbitrary_text()
    {
        string[] words = ["3", "2020", "March", "-", "/", ".", ":", " ", "14", "05", "EST", "GMT+", "+99:99", "pm", "99", "0", "Z", "T", ",", "é", "12", "NZDT", "+13", "+14:59", "a.m.", "1583244300"];
        var pieces = Gen.Int[0, words.Length - 1].Select(index => words[index]);
        Gen.OneOf(Gen.String, pieces.Array[0, 12].Select(parts => string.Concat(parts)))
            .Sample(text =>
            {
                _ = Parser.Parse(text);
                _ = Parser.Find(text);
            });
    }
}

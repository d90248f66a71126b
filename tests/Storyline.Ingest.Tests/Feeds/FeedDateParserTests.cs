using System.Globalization;
using CsCheck;
using Storyline.Ingest.Feeds;

namespace Storyline.Ingest.Tests.Feeds;

public sealed class FeedDateParserTests
{
    private static readonly FeedDateParser Parser = FeedDateParser.Default;

    [Theory]
    [InlineData("Tue, 03 Mar 2020 14:05:00 EST", "2020-03-03T14:05:00-05:00")]
    [InlineData("Tue, 03 Mar 2020 14:05:00 edt", "2020-03-03T14:05:00-04:00")]
    [InlineData("Tue, 03 Mar 2020 14:05:00 GMT", "2020-03-03T14:05:00+00:00")]
    [InlineData("Tue, 03 Mar 2020 14:05:00 +0530", "2020-03-03T14:05:00+05:30")]
    [InlineData("Tue, 03 Mar 2020 14:05:00 -0800", "2020-03-03T14:05:00-08:00")]
    [InlineData("Tue, 03 Mar 2020 14:05:00 +02:00", "2020-03-03T14:05:00+02:00")]
    [InlineData("Tue, 03 Mar 2020 14:05 CET", "2020-03-03T14:05:00+01:00")]
    [InlineData("Tue, 3 Mar 2020 9:05:07 UT", "2020-03-03T09:05:07+00:00")]
    [InlineData("03 Mar 2020 14:05:00 EST", "2020-03-03T14:05:00-05:00")]
    [InlineData("Fri, 03 Mar 2020 14:05:00 EST", "2020-03-03T14:05:00-05:00")]
    [InlineData("Tuesday, 03 March 2020 14:05:00 EST", "2020-03-03T14:05:00-05:00")]
    [InlineData("Tue, 03 Mar 20 14:05:00 EST", "2020-03-03T14:05:00-05:00")]
    [InlineData("Tue, 03 Mar 2020 14:05:00 +0000 (GMT)", "2020-03-03T14:05:00+00:00")]
    [InlineData("Tue, 03 Mar 2020 14:05:00", "2020-03-03T14:05:00+00:00")]
    [InlineData("2020-03-03T14:05:00Z", "2020-03-03T14:05:00+00:00")]
    [InlineData("2020-03-03T14:05:00.123+01:00", "2020-03-03T14:05:00.123+01:00")]
    [InlineData("2020-03-03T14:05:00", "2020-03-03T14:05:00+00:00")]
    [InlineData("2020-03-03", "2020-03-03T00:00:00+00:00")]
    [InlineData("  2020-03-03T14:05:00-05:00 ", "2020-03-03T14:05:00-05:00")]
    public void Parses_the_dates_feeds_contain(string text, string expected)
    {
        var parsed = Parser.Parse(text);
        Assert.NotNull(parsed);
        var want = DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture);
        Assert.Equal(want, parsed.Value);
        Assert.Equal(want.Offset, parsed.Value.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Tue, 32 Mar 2020 14:05:00 EST")]
    [InlineData("Tue, 29 Feb 2019 14:05:00 EST")]
    [InlineData("Tue, 03 Foo 2020 14:05:00 EST")]
    [InlineData("Tue, 03 Mar 2020 25:05:00 EST")]
    [InlineData("Tue, 03 Mar 2020 14:05:00 XYZ")]
    [InlineData("Tue, 03 Mar 2020 14:05:00 +9900")]
    [InlineData("2020-13-45T99:00:00Z")]
    public void Garbage_and_unknown_zones_give_no_date_rather_than_a_guess(string? text)
    {
        Assert.Null(Parser.Parse(text));
    }

    [Fact]
    public void Any_instant_formatted_rfc1123_with_a_numeric_offset_parses_back_to_the_same_instant()
    {
        InstantsToTheSecond.Sample(instant =>
        {
            var offset = instant.Offset;
            var sign = offset < TimeSpan.Zero ? "-" : "+";
            var text = instant.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)
                + sign + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);
            var parsed = Parser.Parse(text);
            return parsed == instant && parsed.Value.Offset == offset;
        });
    }

    [Fact]
    public void Any_instant_formatted_iso_8601_parses_back_to_the_same_instant()
    {
        Instants.Sample(instant => Parser.Parse(instant.ToString("O", CultureInfo.InvariantCulture)) == instant);
        InstantsToTheSecond.Sample(instant => Parser.Parse(instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)) == instant);
    }

    [Fact]
    public void Arbitrary_strings_never_throw()
    {
        Gen.String.Sample(text => { Parser.Parse(text); });
        var tokens = Gen.OneOf<string>("Tue,", "03", "3", "Mar", "March", "2020", "20", "14:05", "14:05:00", "99:99", "EST", "+0530", "-", "+", ":", "(GMT)", "2020-03-03T", "Z", "", " ", "0", "-99999");
        Gen.Select(tokens.Array[0, 8], parts => string.Join(' ', parts)).Sample(text => { Parser.Parse(text); });
    }

    private static Gen<DateTimeOffset> Instants { get; } = Gen.Select(
        Gen.Long[new DateTime(1900, 1, 1).Ticks, new DateTime(2100, 1, 1).Ticks],
        Gen.Int[-14 * 60, 14 * 60],
        (ticks, minutes) => new DateTimeOffset(ticks, TimeSpan.FromMinutes(minutes)));

    private static Gen<DateTimeOffset> InstantsToTheSecond { get; } =
        Instants.Select(i => new DateTimeOffset(i.Ticks - (i.Ticks % TimeSpan.TicksPerSecond), i.Offset));
}

using Storyline.Core.Stories;

namespace Storyline.Core.Tests.Stories;

public class WireCreditTests
{
    [Theory]
    [InlineData("LIMA (Reuters) - A strong quake shook the Andes on Tuesday.", "Reuters")]
    [InlineData("GOMA, Congo (AP) — Fighters surrounded the town overnight.", "AP")]
    [InlineData("The launch capsized near the jetty.\n\n— Meridian Wire", "Meridian Wire")]
    [InlineData("Rescuers searched the river.\n\nThe Associated Press contributed to this report.", "Associated Press")]
    public void Finds_the_credited_agency(string text, string agency) => Assert.Equal(agency, WireCredit.Default.AgencyOf(text));

    [Theory]
    [InlineData("Reuters reported on Tuesday that talks had stalled, and the minister disagreed.")]
    [InlineData("The map app showed the route; ap and dpa are only letters here.")]
    [InlineData("")]
    public void Mentions_are_not_credits(string text) => Assert.Null(WireCredit.Default.AgencyOf(text));
}

using Storyline.Core.Language.Places;
using Storyline.Core.Model;

namespace Storyline.Core.Tests.Language.Places;

public sealed class PlaceGazetteerTests
{
    private const string Header = "#kind\tgeonameid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature\tkeys\taliases\n";

    [Fact]
    public void The_shipped_gazetteer_holds_countries_regions_and_towns()
    {
        var gazetteer = PlaceGazetteer.Default;
        var found = new List<GazetteerMatch>();

        gazetteer.Find("ancash", found);
        Assert.Contains(found, m => gazetteer[m.Entry] is { Kind: PlaceKind.Region, CountryCode: "PE", Admin1: "02" });

        found.Clear();
        gazetteer.Find("huaraz", found);
        Assert.Contains(found, m => gazetteer[m.Entry] is { Kind: PlaceKind.City, GeoNameId: 3696378 });

        Assert.Equal("GB", gazetteer[gazetteer.FindCode("UK")].CountryCode);
        Assert.Equal(-1, gazetteer.FindCode("uk"));
        Assert.Equal("Peru", gazetteer[gazetteer.FindRegion("PE")].Name);
        Assert.InRange(gazetteer.Count, 50_000, 200_000);
    }

    [Fact]
    public void Parses_names_aliases_and_codes()
    {
        var gazetteer = PlaceGazetteer.Parse(
            Header
            + "C\t0\tNorthland\tNL\t\t10.5\t20.25\t5000000\t\tnorthland\tthe north|=NL|=NLD\n"
            + "P\t42\tPort Alda\tNL\t01\t10\t20\t12000\tPPLA\tport alda\tportalda\n",
            "test");

        var found = new List<GazetteerMatch>();
        gazetteer.Find("portalda", found);
        var match = Assert.Single(found);
        Assert.True(match.IsAlias);
        Assert.Equal(("Port Alda", 42L, "NL.01", true), (gazetteer[match.Entry].Name, gazetteer[match.Entry].GeoNameId, gazetteer[match.Entry].RegionKey, gazetteer[match.Entry].IsRegionSeat));
        Assert.Equal("Northland", gazetteer[gazetteer.FindCode("NLD")].Name);
    }

    [Theory]
    [InlineData("C\t0\tNorthland\n", "line 2: expected 11")]
    [InlineData("X\t0\tNorthland\tNL\t\t1\t2\t3\t\tnorthland\t\n", "unknown kind 'X'")]
    [InlineData("P\t1\tPort\tNL\t01\t95\t2\t3\t\tport\t\n", "line 2: bad id, coordinates or population")]
    [InlineData("P\tx\tPort\tNL\t01\t5\t2\t3\t\tport\t\n", "line 2: bad id")]
    public void Rejects_bad_rows_naming_the_line_and_the_problem(string row, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => PlaceGazetteer.Parse(Header + row, "test.tsv"));
        Assert.Contains("test.tsv", error.Message);
        Assert.Contains(message, error.Message);
    }
}

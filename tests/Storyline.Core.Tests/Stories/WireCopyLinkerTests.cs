using Storyline.Core.Stories;

namespace Storyline.Core.Tests.Stories;

public class WireCopyLinkerTests
{
    private const string WireStory =
        "A ferry carrying about 200 passengers capsized on the Lanmere river on Friday, killing at least 31 people, "
        + "the regional disaster office said. Divers recovered bodies from the hull through the night while relatives "
        + "waited on the jetty at Port Aldane. The vessel was licensed to carry 150 people and had left the upstream "
        + "terminal two hours late after a storm warning was lifted, the office said. Survivors said the lower deck "
        + "flooded within minutes when the boat turned across the current near the old grain wharf.";

    private static readonly DateTimeOffset Morning = new(2026, 8, 21, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Republished_wire_story_links_to_the_earliest_publication()
    {
        var linker = new WireCopyLinker();
        Assert.Null(linker.Add("wire", "PORT ALDANE (Northwind Wire) - " + WireStory, Morning));
        var copy = linker.Add("tabloid", "Ferry tragedy: dozens dead\n\n" + WireStory + "\n\nRead more: our weekend guide", Morning.AddHours(2));

        Assert.NotNull(copy);
        Assert.Equal("wire", copy.OriginId);
        Assert.Equal("wire", linker.OriginOf("tabloid"));
        Assert.Equal("wire", linker.OriginOf("wire"));
        Assert.Equal(new Dictionary<string, string> { ["tabloid"] = "wire" }, linker.Origins);
    }

    [Fact]
    public void A_copy_published_earlier_becomes_the_origin()
    {
        var linker = new WireCopyLinker();
        linker.Add("late", WireStory, Morning.AddHours(5));
        var match = linker.Add("early", WireStory + " Updated with the toll.", Morning);
        Assert.Equal("early", match?.OriginId);
        Assert.Equal("early", linker.OriginOf("late"));
    }

    [Fact]
    public void Different_stories_are_not_copies()
    {
        var linker = new WireCopyLinker();
        linker.Add("ferry", WireStory, Morning);
        var other = linker.Add(
            "quake",
            "A strong earthquake shook the highland province early on Tuesday, damaging hundreds of adobe homes and cutting "
            + "power to the regional capital, the geophysical institute said, as rescuers searched collapsed buildings.",
            Morning);
        Assert.Null(other);
        Assert.Empty(linker.Origins);
    }

    [Fact]
    public void Adding_the_same_article_twice_is_an_error_naming_it()
    {
        var linker = new WireCopyLinker();
        linker.Add("a", WireStory, null);
        var error = Assert.Throws<ArgumentException>(() => linker.Add("a", WireStory, null));
        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
    }
}

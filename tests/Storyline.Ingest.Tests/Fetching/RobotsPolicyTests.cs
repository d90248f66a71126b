using Storyline.Ingest.Fetching;

namespace Storyline.Ingest.Tests.Fetching;

public sealed class RobotsPolicyTests
{
    private const string Robots = """
        # fictional site rules
        User-agent: *
        Disallow: /private/
        Allow: /private/open
        Disallow: /*.pdf$
        Crawl-delay: 2

        User-agent: OtherBot
        User-agent: Storyline
        Disallow: /drafts
        Allow: /drafts/public
        Disallow: /
        Allow: /news/
        Crawl-delay: 0.5
        """;

    [Theory]
    [InlineData("/private/secret", false)]
    [InlineData("/private/open/page", true)]
    [InlineData("/report.pdf", false)]
    [InlineData("/report.pdf?x=1", true)]
    [InlineData("/news/today", true)]
    [InlineData("/robots.txt", true)]
    public void Generic_group_applies_to_unnamed_crawlers(string path, bool allowed)
    {
        Assert.Equal(allowed, RobotsPolicy.Parse(Robots, "SomeCrawler").IsAllowed(path));
    }

    [Theory]
    [InlineData("/drafts/x", false)]
    [InlineData("/drafts/public/x", true)]
    [InlineData("/news/today", true)]
    [InlineData("/sport", false)]
    [InlineData("/private/secret", false)]
    public void Our_own_group_replaces_the_generic_one_and_longest_match_wins(string path, bool allowed)
    {
        Assert.Equal(allowed, RobotsPolicy.Parse(Robots, "Storyline").IsAllowed(path));
    }

    [Fact]
    public void Crawl_delay_comes_from_the_matching_group()
    {
        Assert.Equal(TimeSpan.FromSeconds(0.5), RobotsPolicy.Parse(Robots, "storyline").CrawlDelay);
        Assert.Equal(TimeSpan.FromSeconds(2), RobotsPolicy.Parse(Robots, "SomeCrawler").CrawlDelay);
    }

    [Fact]
    public void Allow_wins_a_tie_and_empty_disallow_allows_everything()
    {
        var tie = RobotsPolicy.Parse("User-agent: *\nDisallow: /page\nAllow: /page\n", "Storyline");
        Assert.True(tie.IsAllowed("/page"));
        var empty = RobotsPolicy.Parse("User-agent: *\nDisallow:\n", "Storyline");
        Assert.True(empty.IsAllowed("/anything"));
        Assert.Null(empty.CrawlDelay);
    }

    [Fact]
    public void Wildcards_match_in_the_middle()
    {
        var policy = RobotsPolicy.Parse("User-agent: *\nDisallow: /*/print\n", "Storyline");
        Assert.False(policy.IsAllowed("/2020/03/story/print"));
        Assert.True(policy.IsAllowed("/2020/03/story"));
    }
}

using Storyline.Core.Model;
using Storyline.Core.Pipeline;

namespace Storyline.Core.Tests.Language.Claims;

public sealed class ClaimStageTests
{
    private static IReadOnlyList<Claim> Claims(string text)
    {
        var metadata = ArticleMetadata.Empty with { Published = new DateTimeOffset(2026, 2, 25, 10, 0, 0, TimeSpan.Zero) };
        return StandardPipeline.Create().Run(new Document(text, metadata)).Get(Layers.Claims);
    }

    [Theory]
    [InlineData("The quake killed at least 1,200 people, the health ministry said.", "killed")]
    [InlineData("At least 1,200 people died in the quake.", "killed")]
    [InlineData("The death toll has risen to about 1,350.", "killed")]
    [InlineData("More than 4,000 were injured.", "injured")]
    [InlineData("Some 40,000 people were displaced by the floods.", "displaced")]
    [InlineData("Scores of people are still missing.", "missing")]
    [InlineData("The European Commission pledged €3 million.", "money")]
    [InlineData("Fourteen rebels surrendered to the army.", "surrendered")]
    public void Reads_what_a_figure_counts(string text, string category) =>
        Assert.Equal(category, Assert.Single(Claims(text)).Category);

    [Fact]
    public void Keeps_the_counted_subject_and_the_source()
    {
        var claim = Assert.Single(Claims("The interior ministry said 48,213 people had been displaced."));
        Assert.Equal("people", claim.Subject);
        Assert.Equal("The interior ministry", claim.Attribution?.SourceText);
        Assert.True(claim.Cumulative);
    }

    [Fact]
    public void A_figure_the_outlet_states_itself_has_no_source()
    {
        Assert.Null(Assert.Single(Claims("Floods displaced 40,000 people in Odisha.")).Attribution);
    }

    [Fact]
    public void Another_marks_an_increment()
    {
        Assert.False(Assert.Single(Claims("Another 40 bodies were recovered.")).Cumulative);
    }
}

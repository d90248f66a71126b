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
    public void A_strength_is_a_measure_not_a_count_of_the_injured_beside_it()
    {
        var claims = Claims("A magnitude 5.8 aftershock struck on Thursday, injuring dozens of people.");
        Assert.Equal("other", Assert.Single(claims, c => c.Figure.Value == 5.8).Category);
        Assert.Equal("injured", Assert.Single(claims, c => c.Figure.Value != 5.8).Category);
    }

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
        Assert.False(Assert.Single(Claims("Divers found three more bodies downstream.")).Cumulative);
    }

    [Fact]
    public void A_figure_takes_the_place_named_in_its_sentence()
    {
        var claims = Claims("The quake struck Peru on Tuesday. In Huaraz, rescuers recovered 212 bodies from the market.");
        var claim = Assert.Single(claims);
        Assert.Equal("Huaraz", claim.Place?.Name);
        Assert.True(claim.PlaceStated);
    }

    [Fact]
    public void A_figure_without_a_place_in_its_sentence_takes_the_articles_place()
    {
        var claims = Claims("Floods swept through Odisha on Monday. Officials said 38 people had died.");
        var claim = Assert.Single(claims);
        Assert.Equal("Odisha", claim.Place?.Name);
        Assert.False(claim.PlaceStated);
    }

    [Fact]
    public void A_figure_holds_as_of_the_latest_day_its_sentence_names()
    {
        // Published Wednesday 25 February 2026: Tuesday is the 24th.
        var claim = Assert.Single(Claims("The toll from Monday's flood rose to 49 on Tuesday, the fire service said."));
        Assert.Equal(new DateOnly(2026, 2, 24), claim.Time?.AsOf);
        Assert.True(claim.Time?.Stated);
    }

    [Fact]
    public void A_figure_with_no_day_holds_as_of_publication()
    {
        var claim = Assert.Single(Claims("The ministry said 48,213 people had been displaced."));
        Assert.Equal(new DateOnly(2026, 2, 25), claim.Time?.AsOf);
        Assert.False(claim.Time?.Stated);
    }

    [Fact]
    public void A_span_still_ahead_is_a_plan_not_the_time_a_count_stands_at()
    {
        var claim = Assert.Single(
            Claims("Aid agencies say the next two weeks will be decisive for the injured, thousands of whom are in field hospitals."),
            c => c.Category == "injured");
        Assert.Equal(new DateOnly(2026, 2, 25), claim.Time?.AsOf);
        Assert.False(claim.Time?.Stated);
    }

    [Fact]
    public void A_figure_could_exceed_is_a_projection()
    {
        var claim = Assert.Single(Claims("The Red Cross warned that the final toll could exceed 3,000."));
        Assert.True(claim.Projection);
        Assert.False(Assert.Single(Claims("The Red Cross said the toll had reached 3,000.")).Projection);
    }

    [Fact]
    public void A_pronoun_source_is_named_by_the_person_before_it()
    {
        var claims = Claims("Didier Kambale spoke to journalists in Goma. He said 12 people had been killed.");
        Assert.Equal("Didier Kambale", Assert.Single(claims).SourceName);
    }

    [Fact]
    public void A_speaker_named_after_the_figure_is_its_source()
    {
        var claim = Assert.Single(Claims("In Kendrapara, 117 people are missing, the district collector, Ankit Dash, said."));
        Assert.Equal("Ankit Dash", claim.SourceName);
    }

    [Fact]
    public void A_length_is_not_a_count()
    {
        Assert.All(Claims("Thousands fled to Butembo, about 60 kilometres to the south."), c => Assert.NotEqual("killed", c.Category));
        Assert.Equal("other", Claims("Residents walked 60 kilometres to safety.").Single(c => c.Figure.Value == 60).Category);
    }
}

using CsCheck;
using Storyline.Core.Summaries;

namespace Storyline.Core.Tests.Summaries;

public sealed class DatelineTests
{
    [Theory]
    [InlineData("LOMAR, Jan 6 (Harbour Wire) - The ferry Velm Star sank on Tuesday.", "The ferry Velm Star sank on Tuesday.")]
    [InlineData("LOMAR -- The ferry Velm Star sank on Tuesday.", "The ferry Velm Star sank on Tuesday.")]
    [InlineData("PORT AVEN, Coast Province (CW) \u2014 Divers rescued 122 passengers.", "Divers rescued 122 passengers.")]
    [InlineData("NEW LOMAR \u2013 Divers rescued 122 passengers.", "Divers rescued 122 passengers.")]
    [InlineData("LOMAR: At least 38 people died.", "At least 38 people died.")]
    [InlineData("AVEN, Free Republic of Lomar, Oct 3 (Coastal Wire) - Some 800 people fled.", "Some 800 people fled.")]
    public void A_wire_dateline_and_its_dash_are_measured(string sentence, string rest)
    {
        Assert.Equal(rest, sentence[Dateline.Length(sentence)..]);
    }

    [Theory]
    [InlineData("The ferry sank - and nobody saw it coming.")]
    [InlineData("Lomar - a quiet harbour town - woke to sirens.")]
    [InlineData("LOMAR harbour was closed on Tuesday - a first in decades.")]
    [InlineData("A - B")]
    [InlineData("Lomar: At least 38 people died.")]
    [InlineData("LOMAR:")]
    [InlineData("LOMAR -")]
    [InlineData("")]
    public void Sentences_without_a_dateline_keep_every_character(string sentence)
    {
        Assert.Equal(0, Dateline.Length(sentence));
    }

    [Fact]
    public void Any_text_gives_a_length_within_it()
    {
        Gen.String.Sample(text => Dateline.Length(text) is var length && length >= 0 && length <= text.Length);
    }
}

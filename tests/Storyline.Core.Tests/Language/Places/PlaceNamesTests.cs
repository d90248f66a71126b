using Storyline.Core.Language.Places;

namespace Storyline.Core.Tests.Language.Places;

public sealed class PlaceNamesTests
{
    [Theory]
    [InlineData("KHARKIV", "kharkiv")]
    [InlineData("the U.S.", "us")]
    [InlineData("The United States", "united states")]
    [InlineData("Côte d’Ivoire", "cote d'ivoire")]
    [InlineData("Nord-Kivu", "nord kivu")]
    [InlineData("Jājpur", "jajpur")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Tromsø", "tromso")]
    [InlineData("São  Paulo ", "sao paulo")]
    [InlineData("St. Louis", "st louis")]
    [InlineData("Thessaloniki", "thessaloniki")]
    [InlineData("the", "the")]
    [InlineData("", "")]
    public void Normalises_case_diacritics_punctuation_and_a_leading_article(string name, string key) =>
        Assert.Equal(key, PlaceNames.Normalize(name));
}

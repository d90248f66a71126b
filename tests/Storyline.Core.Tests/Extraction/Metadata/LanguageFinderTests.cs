using Storyline.Core.Extraction.Metadata;

namespace Storyline.Core.Tests.Extraction.Metadata;

public sealed class LanguageFinderTests
{
    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("pt_BR", "pt")]
    [InlineData(" FR ", "fr")]
    [InlineData("de, en", "de")]
    [InlineData("und", null)]
    [InlineData("english", null)]
    [InlineData("", null)]
    public void Reduces_declared_languages_to_the_primary_tag(string declared, string? expected)
    {
        Assert.Equal(expected, LanguageFinder.PrimaryTag(declared));
    }
}

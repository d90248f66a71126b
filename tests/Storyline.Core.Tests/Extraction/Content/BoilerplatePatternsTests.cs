using Storyline.Core.Extraction.Content;

namespace Storyline.Core.Tests.Extraction.Content;

public sealed class BoilerplatePatternsTests
{
    [Theory]
    [InlineData("share-tools", ElementRole.Furniture)]
    [InlineData("relatedStories", ElementRole.Furniture)]
    [InlineData("most-read", ElementRole.Furniture)]
    [InlineData("newsletter_signup", ElementRole.Furniture)]
    [InlineData("ad-slot", ElementRole.Furniture)]
    [InlineData("wp-caption-text", ElementRole.Caption)]
    [InlineData("article-standfirst", ElementRole.Standfirst)]
    [InlineData("articleBody", ElementRole.Content)]
    [InlineData("story-body", ElementRole.Content)]
    [InlineData("entry-content clearfix", ElementRole.Content)]
    [InlineData("cookie-consent", ElementRole.Furniture | ElementRole.DefiniteFurniture)]
    public void Class_words_name_roles(string value, ElementRole expected)
    {
        Assert.Equal(expected, BoilerplatePatterns.Default.ClassifyWords(value));
    }

    [Theory]
    [InlineData("headline")]
    [InlineData("loading")]
    [InlineData("shadow")]
    [InlineData("add-on")]
    [InlineData("entry main")]
    [InlineData("")]
    public void Words_are_matched_whole_not_as_substrings(string value)
    {
        Assert.Equal(ElementRole.None, BoilerplatePatterns.Default.ClassifyWords(value));
    }

    [Fact]
    public void Separate_class_names_are_not_joined_into_one_word()
    {
        Assert.Equal(ElementRole.None, BoilerplatePatterns.Default.ClassifyWords("story body"));
        Assert.Equal(ElementRole.Content, BoilerplatePatterns.Default.ClassifyWords("story-body"));
    }

    [Fact]
    public void A_rule_outside_any_section_is_reported()
    {
        var error = Assert.Throws<FormatException>(() => BoilerplatePatterns.Parse(new StringReader("nav\n[skip-tags]\nscript\n")));

        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
    }
}

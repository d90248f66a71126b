using Storyline.Core.Extraction.PlainText;

namespace Storyline.Core.Tests.Extraction.PlainText;

public sealed class FurnitureRulesTests
{
    private readonly FurnitureRules _rules = FurnitureRules.Default;

    [Theory]
    [InlineData("Skip to main content")]
    [InlineData("Skip to navigation")]
    [InlineData("Allow notifications?")]
    [InlineData("Get breaking news alerts")]
    [InlineData("Turn on notifications")]
    [InlineData("Support independent journalism and help us stay free for everyone.")]
    [InlineData("Become a member")]
    [InlineData("Donate now")]
    [InlineData("Comments are closed")]
    [InlineData("Join the conversation")]
    [InlineData("24 comments")]
    [InlineData("Show comments")]
    [InlineData("Community guidelines")]
    [InlineData("Sign in to continue")]
    [InlineData("Log in")]
    [InlineData("Already a subscriber? Sign in")]
    [InlineData("We use cookies to give you the best experience on our website.")]
    [InlineData("Sign up to our daily newsletter")]
    [InlineData("Share this article")]
    [InlineData("Copy link")]
    [InlineData("Facebook Twitter WhatsApp Email")]
    [InlineData("Advertisement")]
    [InlineData("Photograph: Ana Ruiz/Coastline Press")]
    [InlineData("Image source, Getty Images")]
    [InlineData("5 min read")]
    [InlineData("© 2026 Harbour Times Media Ltd")]
    public void Furniture_lines_are_furniture(string line)
    {
        Assert.Equal(LineVerdictKind.Furniture, _rules.Judge(line).Kind);
    }

    [Theory]
    [InlineData("Most read")]
    [InlineData("Related stories")]
    [InlineData("More on this story")]
    [InlineData("You may also like")]
    public void List_headers_open_lists(string line)
    {
        Assert.Equal(LineVerdictKind.ListHeader, _rules.Judge(line).Kind);
    }

    [Theory]
    [InlineData("He said it was over.")]
    [InlineData("Give the children a chance, the minister said.")]
    [InlineData("Comments from residents were mostly angry, the survey found.")]
    [InlineData("Help for flooded homes arrives as river falls")]
    [InlineData("Readers of the report will find the numbers stark.")]
    public void Article_sentences_are_not_furniture(string line)
    {
        Assert.Equal(LineVerdictKind.None, _rules.Judge(line).Kind);
    }

    [Theory]
    [InlineData("Rescue boats on Dock Street. Photograph: Lena Brook/Coastline Agency", "Rescue boats on Dock Street. Photograph: Lena Brook/Coastline Agency")]
    [InlineData("Parents wait outside the school (Image: Dev Patel)", "Parents wait outside the school (Image: Dev Patel)")]
    [InlineData("Image caption, Firefighters at the depot on Monday", "Firefighters at the depot on Monday")]
    public void Captions_are_recognised_with_their_text(string line, string caption)
    {
        var verdict = _rules.Judge(line);

        Assert.Equal(LineVerdictKind.Caption, verdict.Kind);
        Assert.Equal(caption, verdict.Value);
    }

    [Fact]
    public void Credit_is_stripped_for_comparing_caption_copies()
    {
        Assert.Equal("Rescue boats on Dock Street.", _rules.WithoutCredit("Rescue boats on Dock Street. Photograph: Lena Brook/Coastline Agency"));
    }

    [Fact]
    public void Long_lines_are_never_furniture()
    {
        var line = "Share this article " + new string('x', FurnitureRules.MaxFurnitureLength);

        Assert.Equal(LineVerdictKind.None, _rules.Judge(line).Kind);
    }

    [Fact]
    public void A_bad_rule_is_reported_with_its_line()
    {
        var error = Assert.Throws<FormatException>(() => FurnitureRules.Parse(new StringReader("# rules\ndrop\t(unclosed")));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }
}

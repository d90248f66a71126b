using CsCheck;
using Storyline.Core.Extraction;

namespace Storyline.Core.Tests.Extraction;

public sealed class InertMarkupRemoverTests
{
    [Theory]
    [InlineData("<p>a</p><script>var x = '</div>';</script><p>b</p>", "<p>a</p> <p>b</p>")]
    [InlineData("<p>a</p><SCRIPT type=\"text/javascript\">x()</SCRIPT ><p>b</p>", "<p>a</p> <p>b</p>")]
    [InlineData("<p>a<!-- hidden <p>c</p> --></p>", "<p>a </p>")]
    [InlineData("<style>p{}</style><svg viewBox=\"0 0 1 1\"><path/></svg><p>b</p>", "  <p>b</p>")]
    [InlineData("<p>scripts in text: <scripted></p>", "<p>scripts in text: <scripted></p>")]
    [InlineData("<p>a</p><script>never closed", "<p>a</p> ")]
    public void Removes_inert_blocks_and_keeps_the_rest(string html, string expected)
    {
        Assert.Equal(expected, InertMarkupRemover.Remove(html));
    }

    [Fact]
    public void Keeps_json_ld_because_metadata_is_read_from_it()
    {
        const string html = "<script type=\"application/ld+json\">{\"headline\":\"A\"}</script><script>track()</script>";
        Assert.Equal("<script type=\"application/ld+json\">{\"headline\":\"A\"}</script> ", InertMarkupRemover.Remove(html));
    }

    [Fact]
    public void Never_throws_and_never_grows_the_input_by_more_than_a_space_per_block()
    {
        Gen.String[Gen.Char["<>!-/scriptyleSCRIPT a"], 0, 200].Sample(html =>
        {
            var result = InertMarkupRemover.Remove(html);
            Assert.True(result.Length <= html.Length + 1);
        });
    }
}

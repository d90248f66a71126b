using Storyline.Eval.Rouge;

namespace Storyline.Eval.Tests.Rouge;

public sealed class RougePorterStemmerTests
{
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("relational", "relat")]
    [InlineData("hopping", "hop")]
    [InlineData("generalization", "gener")]
    [InlineData("sailed", "sail")]
    [InlineData("yelling", "yell")]
    [InlineData("controll", "control")]
    [InlineData("as", "as")]
    public void Porter_rules_apply(string word, string stem) => Assert.Equal(stem, RougePorterStemmer.StemUncached(word));

    [Fact]
    public void Lins_step_four_retries_ment_and_ent_after_ement()
    {
        // Porter's original stops at the longest suffix (-ement, m too small) and keeps "agreement";
        // ROUGE's variant then tries -ment ("agree", m=1, no) and -ent ("agreem", m=2, yes).
        Assert.Equal("agreem", RougePorterStemmer.StemUncached("agreement"));
    }
}

using Storyline.Web.Exports;

namespace Storyline.Web.Tests.Exports;

public sealed class CsvFieldTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"http://evil.test\")", "\"'=HYPERLINK(\"\"http://evil.test\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Quotes_by_RFC_4180_and_defuses_formulas(string? value, string expected) =>
        Assert.Equal(expected, CsvField.Text(value));

    [Fact]
    public void Numbers_are_invariant_and_never_guarded()
    {
        Assert.Equal("-12.5", CsvField.Number(-12.5));
        Assert.Equal(string.Empty, CsvField.Number(null));
    }
}

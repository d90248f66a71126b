using Storyline.Core.Extraction.PlainText;

namespace Storyline.Core.Tests.Extraction.PlainText;

public sealed class ScrapedLinesTests
{
    [Fact]
    public void Lines_are_split_on_every_kind_of_break_and_normalised_with_controls_as_spaces_and_zero_widths_dropped()
    {
        var lines = ScrapedLines.Split("  First\tline  \r\nSecond\u00a0line\rThird\u2028Fo\u200bur\u0000th\n\n\nAfter blank");

        Assert.Equal(["First line", "Second line", "Third", "Four th", "After blank"], lines.Select(l => l.Text));
        Assert.Equal([false, false, false, false, true], lines.Select(l => l.AfterBlank));
    }

    [Fact]
    public void Blank_input_has_no_lines()
    {
        Assert.Empty(ScrapedLines.Split(" \n\t\r\n\u200b"));
    }
}

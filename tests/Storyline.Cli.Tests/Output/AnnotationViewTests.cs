using Storyline.Cli.Output;
using Storyline.Core.Model;

namespace Storyline.Cli.Tests.Output;

public sealed class AnnotationViewTests
{
    private const string Text = "Boats left northern Lanmere on Tuesday.\n\nMarsh said so.";

    [Fact]
    public void Places_and_times_are_shown_with_coordinates_country_and_values_when_present()
    {
        var document = new Document(Text, ArticleMetadata.Empty with { Title = "Boats" })
            .With(Layers.Places, [new Place(new TextRange(11, 27), "northern Lanmere", "Lanmere", "northern", PlaceKind.City, 9_000_001, "XL", "Xland", "Coast", -12.5, 44.25)], "places")
            .With(Layers.TimeExpressions, [new TimeExpression(new TextRange(28, 38), "on Tuesday", TimexType.Date, "2026-03-10", "START")], "times");

        var lines = Render(document);

        Assert.Contains("places: 1", lines);
        Assert.Contains(lines, l => l.Contains("11-27") && l.Contains("Lanmere (northern)") && l.Contains("Xland (XL)") && l.Contains("-12.5, 44.25") && l.Contains("9000001"));
        Assert.Contains("times: 1", lines);
        Assert.Contains(lines, l => l.Contains("28-38") && l.Contains("on Tuesday") && l.Contains("DATE") && l.Contains("2026-03-10") && l.Contains("START"));
    }

    [Fact]
    public void Absent_layers_get_no_section_and_multi_line_spans_print_on_one_line()
    {
        var document = new Document(Text, ArticleMetadata.Empty)
            .With(Layers.Sentences, [new Sentence(new TextRange(0, Text.Length), 0, 10)], "sentences");

        var lines = Render(document);

        Assert.Equal("# (untitled)", lines[0]);
        Assert.DoesNotContain(lines, l => l.StartsWith("places", StringComparison.Ordinal) || l.StartsWith("times", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Tuesday. Marsh said so.", StringComparison.Ordinal));
        Assert.Contains("entities: 0", lines);
    }

    private static string[] Render(Document document)
    {
        using var output = new StringWriter();
        AnnotationView.Write(new CliStreams(output, TextWriter.Null, false, false), document, "test.html");
        return output.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }
}

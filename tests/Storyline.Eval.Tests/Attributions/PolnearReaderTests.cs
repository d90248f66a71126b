using Storyline.Eval.Attributions;

namespace Storyline.Eval.Tests.Attributions;

public sealed class PolnearReaderTests
{
    [Fact]
    public void Reads_brat_events_with_discontinuous_spans_per_annotation_file()
    {
        var folder = Directory.CreateTempSubdirectory("polnear").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "text"));
        Directory.CreateDirectory(Path.Combine(folder, "attributions"));
        const string text = "The ministry said 40 boats sank, and more were missing.";
        File.WriteAllText(Path.Combine(folder, "text", "story.txt"), text);
        File.WriteAllText(Path.Combine(folder, "attributions", "story_ab12.ann"), string.Join('\n',
            "T1\tSource 0 12\tThe ministry",
            "T2\tCue 13 17\tsaid",
            "T3\tContent 18 31;37 54\t40 boats sank more were missing",
            "T4\tAttribution 13 17\tsaid",
            "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3"));
        var article = Assert.Single(PolnearReader.Read(folder));
        var attribution = Assert.Single(article.Attributions);
        Assert.Equal("The ministry", attribution.Sources[0].Of(text));
        Assert.Equal(2, attribution.Content.Count);
        Assert.True(AttributionEvaluator.HasNumber(attribution.ContentText));
    }

    [Fact]
    public void Numbered_roles_add_their_spans_and_a_source_may_serve_two_attributions()
    {
        var folder = Directory.CreateTempSubdirectory("polnear-roles").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "text"));
        Directory.CreateDirectory(Path.Combine(folder, "attributions"));
        const string text = "Marsh said 40 boats sank. She added that 12 were found. Aid was late.";
        File.WriteAllText(Path.Combine(folder, "text", "ferry.txt"), text);
        File.WriteAllText(Path.Combine(folder, "attributions", "ferry_cd34.ann"), string.Join('\n',
            "T1\tSource 0 5\tMarsh",
            "T2\tCue 6 10\tsaid",
            "T3\tContent 11 24\t40 boats sank",
            "T4\tContent 56 68\tAid was late",
            "T5\tAttribution 6 10\tsaid",
            "E1\tAttribution:T5 Source:T1 Cue:T2 Content2:T4 Content:T3",
            "T6\tCue 30 35\tadded",
            "T7\tContent 36 54\tthat 12 were found",
            "T8\tAttribution-no-source 30 35\tadded",
            "E2\tAttribution-no-source:T8 Source:T1 Cue:T6 Content:T7",
            "T9\tDiscard 56 68\tAid was late"));
        var attributions = Assert.Single(PolnearReader.Read(folder)).Attributions;
        Assert.Equal(2, attributions.Count);
        Assert.Equal(["40 boats sank", "Aid was late"], attributions[0].Content.Select(r => r.Of(text)));
        Assert.Equal("Marsh", attributions[1].Sources.Single().Of(text));
    }

    [Fact]
    public void An_event_naming_an_undefined_span_is_refused_with_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("polnear-dangling").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "text"));
        Directory.CreateDirectory(Path.Combine(folder, "attributions"));
        File.WriteAllText(Path.Combine(folder, "text", "b.txt"), "Marsh said so.");
        File.WriteAllText(Path.Combine(folder, "attributions", "b_x.ann"), "T1\tCue 6 10\tsaid\nE1\tAttribution:T1 Cue:T1 Source:T7");
        var error = Assert.Throws<InvalidDataException>(() => PolnearReader.Read(folder));
        Assert.Contains("b_x.ann", error.Message);
        Assert.Contains("T7", error.Message);
    }

    [Fact]
    public void A_folder_without_text_and_attributions_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("polnear-empty").FullName;
        Assert.Throws<DatasetMissingException>(() => PolnearReader.Read(folder));
    }

    [Fact]
    public void Offsets_outside_the_text_name_the_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("polnear-bad").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "text"));
        Directory.CreateDirectory(Path.Combine(folder, "attributions"));
        File.WriteAllText(Path.Combine(folder, "text", "a.txt"), "short");
        var ann = Path.Combine(folder, "attributions", "a_x.ann");
        File.WriteAllText(ann, "T1\tSource 0 99\ttoo long");
        var error = Assert.Throws<InvalidDataException>(() => PolnearReader.Read(folder));
        Assert.Contains("a_x.ann:1", error.Message);
    }
}

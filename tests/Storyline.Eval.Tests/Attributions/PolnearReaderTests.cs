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

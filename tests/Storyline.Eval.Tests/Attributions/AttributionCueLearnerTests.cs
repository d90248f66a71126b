using Storyline.Core.Language.Tokens;
using Storyline.Core.Model;
using Storyline.Eval.Attributions;

namespace Storyline.Eval.Tests.Attributions;

public sealed class AttributionCueLearnerTests
{
    /// <summary>"Mayor NAME decried the 40 closures. The council grumbled." with its cue annotated.</summary>
    private static AnnotatedArticle Article(string name)
    {
        var text = $"Mayor {name} decried the 40 closures. The council grumbled.";
        var source = new TextRange(0, 6 + name.Length);
        var cue = new TextRange(source.End + 1, source.End + 8);
        var content = new TextRange(cue.End + 1, text.IndexOf('.'));
        return new AnnotatedArticle(name, text, [new GoldAttribution([cue], [source], [content], content.Of(text))]);
    }

    [Fact]
    public void A_cue_counts_its_gold_occurrences_its_texts_and_the_recogniser_hits()
    {
        var learned = AttributionCueLearner.Learn([Article("Ruiz"), Article("Marsh"), Article("Okafor")], Tokenizer.Default);

        var decried = Assert.Single(learned, c => c.Cue == "decried");
        Assert.Equal((3, 3, 0, 3), (decried.InGoldCue, decried.Occurrences, decried.SourceAfter, decried.Texts));
        Assert.Equal((3, 3), (decried.Predicted, decried.Aligned));
        Assert.Equal(1.0, decried.Reliability);

        // Seen in no gold cue: not written. Words of the content never count against a cue.
        Assert.DoesNotContain(learned, c => c.Cue is "grumbled" or "closures");
    }

    [Fact]
    public void An_article_annotated_twice_counts_once_towards_the_texts()
    {
        var learned = AttributionCueLearner.Learn([Article("Ruiz"), Article("Ruiz"), Article("Marsh")], Tokenizer.Default);
        Assert.Empty(learned);
    }

    [Fact]
    public void The_written_table_holds_words_and_counts_only()
    {
        var learned = AttributionCueLearner.Learn([Article("Ruiz"), Article("Marsh"), Article("Okafor")], Tokenizer.Default);
        using var writer = new StringWriter();
        AttributionCueLearner.Write(writer, learned, "storyline train attribution --data TRAIN");
        var rows = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => !line.StartsWith('#')).ToList();
        Assert.Contains("decried\t3\t3\t0\t3\t3\t3", rows);
        Assert.All(rows, row => Assert.Equal(7, row.Split('\t').Length));
        Assert.DoesNotContain(rows, row => row.Contains("closures", StringComparison.Ordinal));
    }
}

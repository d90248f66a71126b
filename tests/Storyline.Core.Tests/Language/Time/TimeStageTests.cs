using Storyline.Core.Language.Sentences;
using Storyline.Core.Language.Time;
using Storyline.Core.Language.Tokens;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;

namespace Storyline.Core.Tests.Language.Time;

public sealed class TimeStageTests
{
    /// <summary>Thursday 12 March 2026, the publication date of every fictional report below.</summary>
    internal static readonly DateTimeOffset Published = new(2026, 3, 12, 9, 30, 0, TimeSpan.FromHours(1));

    internal static Document Annotate(string text, DateTimeOffset? published)
    {
        var pipeline = new PipelineBuilder().Add(new TokenStage()).Add(new SentenceStage()).Add(new TimeStage()).Build();
        return pipeline.Run(new Document(text, ArticleMetadata.Empty with { Published = published }));
    }

    internal static TimeExpression Single(string text, string expression)
    {
        var times = Annotate(text, Published).Get(Layers.TimeExpressions);
        return Assert.Single(times, t => t.Text == expression);
    }

    [Fact]
    public void The_stage_reads_tokens_and_sentences_and_adds_time_expressions()
    {
        var stage = new TimeStage();
        Assert.Equal("time", stage.Name);
        Assert.Equal([Layers.Tokens, Layers.Sentences], stage.Reads);
        Assert.Equal([Layers.TimeExpressions], stage.Adds);
    }

    [Fact]
    public void The_standard_pipeline_annotates_time_expressions()
    {
        var document = StandardPipeline.Create().Run(new Document(
            "The Lomar council voted on Tuesday to close the old harbour.", ArticleMetadata.Empty with { Published = Published }));

        var time = Assert.Single(document.Get(Layers.TimeExpressions));
        Assert.Equal(("Tuesday", "2026-03-10"), (time.Text, time.Value));
    }

    [Fact]
    public void Without_a_publication_date_it_is_inferred_from_a_full_date_in_the_lead_and_marked_so()
    {
        var document = Annotate(
            "PORT ALDANE, March 3, 2026 – Floodwater reached the ferry terminal yesterday, the harbour master said.", null);

        Assert.Equal(new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero), document.Metadata.Published);
        Assert.Equal(TimeStage.InferredSource, document.Metadata.PublishedSource);
        var yesterday = Assert.Single(document.Get(Layers.TimeExpressions), t => t.Text == "yesterday");
        Assert.Equal("2026-03-02", yesterday.Value);
    }

    [Fact]
    public void Without_any_date_relative_values_keep_placeholders_and_the_metadata_is_untouched()
    {
        var document = Annotate("The ferry sank on Tuesday; the search resumed yesterday and will end next week.", null);

        Assert.Null(document.Metadata.Published);
        Assert.Null(document.Metadata.PublishedSource);
        var values = document.Get(Layers.TimeExpressions).Select(t => (t.Text, t.Value)).ToList();
        Assert.Contains(("Tuesday", "XXXX-XX-XX"), values);
        Assert.Contains(("yesterday", "XXXX-XX-XX"), values);
        Assert.Contains(("next week", "XXXX-WXX"), values);
    }

    [Fact]
    public void A_declared_publication_date_is_kept_even_when_the_text_names_a_later_day()
    {
        var document = Annotate("GENEVA, March 20, 2026 – Talks resumed today.", Published);

        Assert.Equal(Published, document.Metadata.Published);
        Assert.Equal("2026-03-12", Assert.Single(document.Get(Layers.TimeExpressions), t => t.Text == "today").Value);
    }

    [Fact]
    public void The_publication_wall_date_counts_not_the_utc_date()
    {
        // 00:30 on 13 March in UTC+10 is still 12 March in UTC, but the reader's "today" is the 13th.
        var document = Annotate("The port reopened today.", new DateTimeOffset(2026, 3, 13, 0, 30, 0, TimeSpan.FromHours(10)));
        Assert.Equal("2026-03-13", Assert.Single(document.Get(Layers.TimeExpressions)).Value);
    }

    [Fact]
    public void Expression_offsets_point_at_their_text()
    {
        var document = Annotate(
            "On Tuesday, March 10, the Kelvar relief group said that in the past 48 hours it had fed 3,000 people, "
            + "and that it would do so every day until next month.",
            Published);

        var times = document.Get(Layers.TimeExpressions);
        Assert.Equal(4, times.Length);
        Assert.All(times, t => Assert.Equal(t.Text, document.TextOf(t)));
    }
}

using CsCheck;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;
using Storyline.Core.Summaries;

namespace Storyline.Core.Tests.Summaries;

/// <summary>The summariser on a fictional ferry accident reported by three fictional outlets.</summary>
public sealed class ConceptSummarizerTests
{
    private static readonly DocumentPipeline Pipeline = StandardPipeline.Create();

    private static StoryArticle Article(string id, string outlet, string text) =>
        new(id, Pipeline.Run(new Document(text, ArticleMetadata.Empty)), Outlet: outlet);

    private static readonly IReadOnlyList<StoryArticle> Story =
    [
        Article("a1", "Harbour Herald",
            "The passenger ferry Velm Star sank near Lomar harbour on Tuesday night with 140 people aboard.\n\n"
            + "Coast guard divers rescued 122 passengers from the cold water before dawn on Wednesday.\n\n"
            + "Photo: Getty Images shows the ferry Velm Star listing beside the Lomar harbour wall at night.\n\n"
            + "Will the ferry company ever pay the families of the missing passengers for their terrible loss?"),
        Article("a2", "Lomar Daily",
            "The passenger ferry Velm Star sank near Lomar harbour on Tuesday night with 140 people aboard.\n\n"
            + "Eighteen passengers are still missing and the search by coast guard divers continues on Thursday.\n\n"
            + "\"We will not stop looking until every single passenger is found,\" the captain of the rescue boat said.\n\n"
            + "\"Nobody on the Velm Star expected the sea near Lomar harbour to turn so fast that night.\""),
        Article("a3", "Coastal Wire",
            "Coast guard divers rescued 122 passengers after the ferry Velm Star sank near Lomar harbour.\n\n"
            + "The ferry company said the Velm Star had passed its safety inspection in the spring of this year.\n\n"
            + "Eighteen passengers are still missing as the search by coast guard divers continues."),
    ];

    [Fact]
    public void Sentences_are_verbatim_and_cite_their_article_and_outlet()
    {
        var summary = new ConceptSummarizer().Summarize(Story, new SummaryOptions { WordBudget = 60 });

        Assert.NotEmpty(summary);
        foreach (var sentence in summary)
        {
            var source = Story.Single(s => s.Id == sentence.ArticleId);
            Assert.Equal(source.Outlet, sentence.Outlet);
            Assert.Equal(sentence.Text, sentence.Range.Of(source.Document.Text));
        }
    }

    [Fact]
    public void The_budget_holds_and_the_shared_news_comes_first_without_repeats()
    {
        var summary = new ConceptSummarizer().Summarize(Story, new SummaryOptions { WordBudget = 60 });

        Assert.True(summary.Sum(s => s.Words) <= 60);
        Assert.Contains(summary, s => s.Text.StartsWith("The passenger ferry Velm Star sank", StringComparison.Ordinal));
        // The wire copy of the lead sentence in a2 is the same sentence: it is chosen once.
        Assert.Single(summary, s => s.Text.StartsWith("The passenger ferry Velm Star sank", StringComparison.Ordinal));
        Assert.Equal(summary.Count, summary.Select(s => s.Text).Distinct().Count());
    }

    [Fact]
    public void Captions_questions_and_bare_quotes_are_never_chosen()
    {
        var summary = new ConceptSummarizer().Summarize(Story, new SummaryOptions { WordBudget = 1000 });

        Assert.DoesNotContain(summary, s => s.Text.StartsWith("Photo:", StringComparison.Ordinal));
        Assert.DoesNotContain(summary, s => s.Text.EndsWith('?'));
        Assert.DoesNotContain(summary, s => s.Text.StartsWith("\"Nobody", StringComparison.Ordinal));
        // A quotation with its speaker is reporting, and may be chosen.
        Assert.Contains(summary, s => s.Text.EndsWith("the captain of the rescue boat said.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wire_dateline_is_left_out_and_the_rest_of_the_sentence_is_quoted_verbatim()
    {
        IReadOnlyList<StoryArticle> story =
        [
            Article("w1", "Coastal Wire",
                "LOMAR, March 3 (Coastal Wire) - The passenger ferry Velm Star sank near Lomar harbour on Tuesday night.\n\n"
                + "Coast guard divers rescued 122 passengers from the cold water before dawn on Wednesday."),
            Article("w2", "Lomar Daily",
                "The passenger ferry Velm Star sank near Lomar harbour on Tuesday night, the coast guard said.\n\n"
                + "Coast guard divers rescued 122 passengers from the cold water before dawn, officials said."),
        ];

        var summary = new ConceptSummarizer().Summarize(story, new SummaryOptions { WordBudget = 1000 });

        var lead = Assert.Single(summary, s => s.ArticleId == "w1" && s.SentenceIndex == 0);
        Assert.Equal("The passenger ferry Velm Star sank near Lomar harbour on Tuesday night.", lead.Text);
        Assert.Equal(lead.Text, lead.Range.Of(story[0].Document.Text));
        Assert.Equal(12, lead.Words);
    }

    [Fact]
    public void Title_case_lines_are_not_summary_material()
    {
        IReadOnlyList<StoryArticle> story =
        [
            Article("t1", "Harbour Herald",
                "Velm Star Ferry Sinks Near Lomar Harbour With 140 Passengers And Crew Aboard On Tuesday.\n\n"
                + "The passenger ferry Velm Star sank near Lomar harbour on Tuesday night with 140 people aboard."),
            Article("t2", "Lomar Daily",
                "The passenger ferry Velm Star sank near Lomar harbour on Tuesday night, and 140 people were aboard."),
        ];

        var summary = new ConceptSummarizer().Summarize(story, new SummaryOptions { WordBudget = 1000 });

        Assert.NotEmpty(summary);
        Assert.DoesNotContain(summary, s => s.Text.StartsWith("Velm Star Ferry Sinks", StringComparison.Ordinal));
        Assert.Contains(
            new ConceptSummarizer().Summarize(story, new SummaryOptions { WordBudget = 1000, MaxCapitalisedShare = 1 }),
            s => s.Text.StartsWith("Velm Star Ferry Sinks", StringComparison.Ordinal));
    }

    [Fact]
    public void No_articles_or_no_sentences_give_an_empty_summary()
    {
        Assert.Empty(new ConceptSummarizer().Summarize([], new SummaryOptions()));
        Assert.Empty(new ConceptSummarizer().Summarize([Article("e", "Empty", "")], new SummaryOptions()));
    }

    [Fact]
    public void A_budget_below_one_word_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<ArgumentException>(() => new ConceptSummarizer().Summarize(Story, new SummaryOptions { WordBudget = 0 }));
        Assert.Contains("word budget", error.Message);
    }

    [Fact]
    public void Any_budget_is_respected()
    {
        Gen.Int[1, 200].Sample(budget =>
            new ConceptSummarizer().Summarize(Story, new SummaryOptions { WordBudget = budget }).Sum(s => s.Words) <= budget);
    }
}

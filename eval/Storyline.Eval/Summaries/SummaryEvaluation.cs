using System.Diagnostics;
using Storyline.Core.Model;
using Storyline.Core.Summaries;
using Storyline.Eval.Rouge;

namespace Storyline.Eval.Summaries;

/// <summary>Mean ROUGE F of Storyline's summaries and of the lead baseline over a set.</summary>
public sealed record SummaryEvaluationResult(
    string Data,
    int Topics,
    int Articles,
    int WordBudget,
    double MeanSummaryWords,
    IReadOnlyDictionary<string, RougeScore> Ours,
    IReadOnlyDictionary<string, RougeScore> Lead,
    TimeSpan ReadTime,
    TimeSpan SummariseAndScoreTime);

/// <summary>
/// Summarises every topic of a set with <see cref="ConceptSummarizer"/> and scores it with the ROUGE
/// port, next to a lead baseline of the same length: the articles' sentences in input order (first
/// article first), cut at the same word budget, the last sentence cut mid-way if needed. Averages
/// are plain means of per-topic scores.
/// </summary>
public static class SummaryEvaluation
{
    public static SummaryEvaluationResult Run(
        string data, IReadOnlyList<SummaryTopic> topics, TimeSpan readTime, SummaryOptions options, RougeOptions rouge)
    {
        var clock = Stopwatch.StartNew();
        var summarizer = new ConceptSummarizer();
        var scorer = new RougeScorer(rouge);
        var ours = new List<IReadOnlyDictionary<string, RougeScore>>();
        var lead = new List<IReadOnlyDictionary<string, RougeScore>>();
        var words = 0L;
        foreach (var topic in topics)
        {
            var references = topic.References.Select(scorer.Prepare).ToList();
            var summary = summarizer.Summarize(topic.Sources, options);
            words += summary.Sum(s => s.Words);
            ours.Add(scorer.Score(scorer.Prepare(RougeSummary.FromSentences(summary.Select(s => s.Text))), references));
            lead.Add(scorer.Score(scorer.Prepare(RougeSummary.FromSentences(Lead(topic.Sources, options.WordBudget))), references));
        }

        return new SummaryEvaluationResult(
            data,
            topics.Count,
            topics.Sum(t => t.Sources.Count),
            options.WordBudget,
            topics.Count == 0 ? 0 : (double)words / topics.Count,
            Mean(ours, scorer.MetricNames),
            Mean(lead, scorer.MetricNames),
            readTime,
            clock.Elapsed);
    }

    /// <summary>The first <paramref name="budget"/> words of the articles' sentences, in input order.</summary>
    public static IReadOnlyList<string> Lead(IReadOnlyList<StoryArticle> sources, int budget)
    {
        var lead = new List<string>();
        var left = budget;
        foreach (var source in sources)
        {
            foreach (var sentence in source.Document.Get(Layers.Sentences))
            {
                if (left <= 0)
                {
                    return lead;
                }

                var words = source.Document.TextOf(sentence).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                lead.Add(string.Join(' ', words.Take(left)));
                left -= Math.Min(left, words.Length);
            }
        }

        return lead;
    }

    private static Dictionary<string, RougeScore> Mean(List<IReadOnlyDictionary<string, RougeScore>> scores, IReadOnlyList<string> metrics) =>
        metrics.ToDictionary(m => m, m => RougeAverage.PlainMean(scores.Select(s => s[m])), StringComparer.Ordinal);
}

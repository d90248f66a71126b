using System.Collections.Immutable;
using System.Diagnostics;
using Storyline.Core.Language.Sentences;
using Storyline.Core.Language.Time;
using Storyline.Core.Language.Tokens;
using Storyline.Core.Model;

namespace Storyline.Eval.Time;

/// <summary>
/// Runs Storyline's tokens, sentences and time stages over every document of a TimeML folder, each
/// anchored on its creation time (DCT) as the publication date, and scores the result with
/// <see cref="TimexScorer"/>. The system reads exactly the gold plain text, so offsets need no mapping.
/// </summary>
public static class TimeEvaluator
{
    public static TimeEvaluation Score(string folder)
    {
        var tokens = new TokenStage();
        var sentences = new SentenceStage();
        var time = new TimeStage();
        var matches = ImmutableArray.CreateBuilder<(string, TimexMatch)>();
        var files = TimeMlCorpus.Files(folder);
        var tokenCount = 0;
        var annotated = new List<Document>(files.Count);
        foreach (var file in files)
        {
            var gold = TimeMlReader.Read(file);
            var published = gold.CreationTime is { } dct ? new DateTimeOffset(dct.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
            var document = sentences.Run(tokens.Run(new Document(gold.Text, ArticleMetadata.Empty with { Published = published })));
            tokenCount += document.Get(Layers.Tokens).Length;
            annotated.Add(document);
            document = time.Run(document);
            foreach (var match in TimexScorer.Align(gold.Timexes, document.Get(Layers.TimeExpressions), gold.Excluded))
            {
                matches.Add((gold.Name, match));
            }
        }

        var all = matches.ToImmutable();
        return new TimeEvaluation(folder, files.Count, tokenCount, TimexScorer.Score(all.Select(m => m.Item2)), TimeStageSpeed(time, annotated, tokenCount), all);
    }

    /// <summary>
    /// Tokens per second of the time stage alone: the fastest of three warm passes over the corpus,
    /// so the figure reflects the stage and not JIT warm-up or a busy machine's worst moment.
    /// </summary>
    private static double TimeStageSpeed(TimeStage time, List<Document> documents, int tokens)
    {
        var best = double.MaxValue;
        for (var pass = 0; pass < 3; pass++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var document in documents)
            {
                time.Run(document);
            }

            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        return tokens / Math.Max(best, 1e-9);
    }
}

using System.Diagnostics;
using System.Globalization;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;

namespace Storyline.Eval.Quantities;

/// <summary>
/// Runs Storyline's figure stage over NewsQuant sentences and scores it with CQE's script semantics.
/// A figure becomes a NewsQuant quantity: its value (a range as "low-high"), its bound as a change
/// operator, and its unit ("-" when it has none).
/// </summary>
public static class NewsQuantEvaluator
{
    public static NewsQuantEvaluation Evaluate(string path, DocumentPipeline pipeline)
    {
        var sentences = NewsQuantReader.Read(path);
        var clock = Stopwatch.StartNew();
        var predicted = sentences
            .Select(s => (IReadOnlyList<NewsQuantQuantity>)pipeline.Run(new Document(s.Text, ArticleMetadata.Empty))
                .Get(Layers.Figures).Select(ToQuantity).ToList())
            .ToList();
        var elapsed = clock.Elapsed;
        var score = NewsQuantScorer.Score(sentences.Select((s, i) => (s.Quantities, predicted[i])));
        return new NewsQuantEvaluation(path, sentences.Count, score, elapsed)
        {
            Results = [.. sentences.Select((s, i) => new NewsQuantSentenceResult(i, s, predicted[i]))],
        };
    }

    /// <summary>
    /// The sentences the scorer does not give full marks, one TSV row each: index, counts of gold,
    /// predicted and value / value+bound / value+unit matches, the text, then gold and predicted
    /// quantities as "op value [unit]" joined with " | ".
    /// </summary>
    public static IEnumerable<string> ErrorRows(NewsQuantEvaluation evaluation)
    {
        yield return "sentence\tgold\tpredicted\tvalue\tvalue_bound\tvalue_unit\ttext\tgold_quantities\tpredicted_quantities";
        foreach (var result in evaluation.Results)
        {
            var gold = result.Sentence.Quantities;
            var score = NewsQuantScorer.Score([(gold, result.Predicted)]);
            if (score.Value.Correct == gold.Count && score.ValueChange.Correct == gold.Count && score.ValueUnit.Correct == gold.Count
                && result.Predicted.Count == gold.Count)
            {
                continue;
            }

            yield return string.Join(
                '\t',
                result.Index.ToString(CultureInfo.InvariantCulture),
                gold.Count.ToString(CultureInfo.InvariantCulture),
                result.Predicted.Count.ToString(CultureInfo.InvariantCulture),
                score.Value.Correct.ToString(CultureInfo.InvariantCulture),
                score.ValueChange.Correct.ToString(CultureInfo.InvariantCulture),
                score.ValueUnit.Correct.ToString(CultureInfo.InvariantCulture),
                OneLine(result.Sentence.Text),
                Describe(gold),
                Describe(result.Predicted));
        }
    }

    private static string Describe(IEnumerable<NewsQuantQuantity> quantities) =>
        string.Join(" | ", quantities.Select(q => $"{q.Change} {q.Value} [{q.NormalizedUnit}]"));

    private static string OneLine(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    public static NewsQuantQuantity ToQuantity(Figure figure)
    {
        // NewsQuant writes vague counts as their range with "=" ("dozens" is 12-120).
        // A range keeps the order it was written in ("from 4.8 to 4.7 percent" is "4.8-4.7").
        var value = figure switch
        {
            { Bound: FigureBound.Range, Descending: true } => $"{Format(figure.High)}-{Format(figure.Low)}",
            { Bound: FigureBound.Range or FigureBound.Vague } => $"{Format(figure.Low)}-{Format(figure.High)}",
            _ => Format(figure.Value),
        };
        return new NewsQuantQuantity(value, Operator(figure), figure.Unit ?? "-");
    }

    /// <summary>
    /// NewsQuant's change operator. Its annotators let a direction win over a one-sided bound ("rose
    /// under 4%" is "up") but not over an approximation ("up about 19 per cent" is "~").
    /// </summary>
    public static string Operator(Figure figure) => figure switch
    {
        { Bound: FigureBound.Approximately, LowOpen: false, HighOpen: false } => "~",
        { Bound: FigureBound.Range, Approximate: true } => "~",
        { Change: FigureChange.Increase } => "up",
        { Change: FigureChange.Decrease } => "down",
        { Bound: FigureBound.Approximately } => "~",
        { Bound: FigureBound.AtLeast or FigureBound.MoreThan } => ">",
        { Bound: FigureBound.AtMost or FigureBound.FewerThan or FigureBound.UpTo } => "<",
        _ => "=",
    };

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>One sentence with the quantities Storyline found in it.</summary>
public sealed record NewsQuantSentenceResult(int Index, NewsQuantSentence Sentence, IReadOnlyList<NewsQuantQuantity> Predicted);

public sealed record NewsQuantEvaluation(string Path, int Sentences, NewsQuantScore Score, TimeSpan Elapsed)
{
    public IReadOnlyList<NewsQuantSentenceResult> Results { get; init; } = [];

    public double SentencesPerSecond => Sentences / Math.Max(Elapsed.TotalSeconds, 1e-9);
}

using System.Text.RegularExpressions;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;

namespace Storyline.Eval.Attributions;

/// <summary>
/// Runs Storyline over every article of a PolNeAR folder and scores its attributions with
/// <see cref="AttributionScorer"/>: once over all attributions, once over those whose content holds a
/// number (a digit or a number word).
/// </summary>
/// <remarks>
/// The restricted score keeps the gold attributions whose gold content holds a number. A prediction
/// whose cue overlaps a gold cue (Citron's alignment test) follows the class of the gold attribution it
/// aligns with, so a content boundary error neither hides a found source nor invents a spurious one; a
/// prediction aligned with no gold attribution is kept when its own content holds a number (it is a
/// false alarm about a figure).
/// </remarks>
public static partial class AttributionEvaluator
{
    public static AttributionEvaluation Evaluate(string folder, DocumentPipeline pipeline)
    {
        var articles = PolnearReader.Read(folder);
        var all = new List<(IReadOnlyList<TokenSpans>, IReadOnlyList<TokenSpans>)>();
        var withNumbers = new List<(IReadOnlyList<TokenSpans>, IReadOnlyList<TokenSpans>)>();
        var comparisons = new List<AttributionComparison>();
        var annotated = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (!annotated.TryGetValue(article.Text, out var document))
            {
                document = pipeline.Run(new Document(article.Text, ArticleMetadata.Empty));
                annotated[article.Text] = document;
            }

            var tokens = document.Get(Layers.Tokens);
            var gold = article.Attributions
                .Select(a => (Source: a, Spans: new TokenSpans(TokenSpans.Of(a.Cue, tokens), TokenSpans.Of(a.Sources, tokens), TokenSpans.Of(a.Content, tokens)), HasNumber: HasNumber(a.ContentText)))
                .ToList();
            var predicted = document.Get(Layers.Attributions)
                .Select(a => (Source: a, Spans: new TokenSpans(
                    TokenSpans.Of([a.Range], tokens),
                    a.Source is { } source ? TokenSpans.Of([source], tokens) : [],
                    TokenSpans.Of([a.Content], tokens)),
                    HasNumber: HasNumber(a.Content.Of(article.Text))))
                .ToList();
            var predictedWithNumber = predicted
                .Where(p => gold.Where(g => AttributionScorer.CuesOverlap(p.Spans.Cue, g.Spans.Cue)).ToList() is var aligned
                    && (aligned.Count > 0 ? aligned.Any(g => g.HasNumber) : p.HasNumber))
                .ToList();
            all.Add((gold.Select(g => g.Spans).ToList(), predicted.Select(p => p.Spans).ToList()));
            withNumbers.Add((gold.Where(g => g.HasNumber).Select(g => g.Spans).ToList(), predictedWithNumber.Select(p => p.Spans).ToList()));

            foreach (var g in gold)
            {
                var match = predicted.FirstOrDefault(p => AttributionScorer.CuesOverlap(p.Spans.Cue, g.Spans.Cue));
                comparisons.Add(new AttributionComparison(
                    article.Name,
                    g.HasNumber,
                    Join(article.Text, g.Source.Cue),
                    Join(article.Text, g.Source.Sources),
                    g.Source.ContentText,
                    match.Source?.Cue,
                    match.Source?.SourceText,
                    match.Source is { } found ? found.Content.Of(article.Text) : null,
                    match.Source is not null && g.Spans.Sources.SequenceEqual(match.Spans.Sources)));
            }

            foreach (var p in predicted.Where(p => !gold.Any(g => AttributionScorer.CuesOverlap(p.Spans.Cue, g.Spans.Cue))))
            {
                comparisons.Add(new AttributionComparison(article.Name, p.HasNumber, null, null, null, p.Source.Cue, p.Source.SourceText, p.Source.Content.Of(article.Text), false));
            }
        }

        return new AttributionEvaluation(folder, articles.Count, AttributionScorer.Score(all), AttributionScorer.Score(withNumbers), comparisons);
    }

    /// <summary>Whether a content holds a number: a digit or a number word.</summary>
    public static bool HasNumber(string content) => NumberPattern().IsMatch(content);

    private static string Join(string text, IReadOnlyList<TextRange> spans) => string.Join(" … ", spans.Select(s => s.Of(text)));

    [GeneratedRegex(@"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|percent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();
}

public sealed record AttributionEvaluation(
    string Folder, int Articles, AttributionScore All, AttributionScore WithNumbers, IReadOnlyList<AttributionComparison> Comparisons);

/// <summary>
/// One gold attribution beside the prediction whose cue overlaps its cue (the prediction fields are null
/// when it was missed), or one prediction that overlaps no gold cue (the gold fields are null): the
/// error listing behind the scores.
/// </summary>
public sealed record AttributionComparison(
    string Article,
    bool HasNumber,
    string? GoldCue,
    string? GoldSource,
    string? GoldContent,
    string? PredictedCue,
    string? PredictedSource,
    string? PredictedContent,
    bool SourceExact);

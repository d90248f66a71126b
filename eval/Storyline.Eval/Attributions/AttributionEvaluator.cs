using System.Text.RegularExpressions;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;

namespace Storyline.Eval.Attributions;

/// <summary>
/// Runs Storyline over every article of a PolNeAR folder and scores its attributions with
/// <see cref="AttributionScorer"/>: once over all attributions, once over those whose content holds a
/// number (a digit or a number word), judged the same way for gold and predicted content.
/// </summary>
public static partial class AttributionEvaluator
{
    public static AttributionEvaluation Evaluate(string folder, DocumentPipeline pipeline)
    {
        var articles = PolnearReader.Read(folder);
        var all = new List<(IReadOnlyList<TokenSpans>, IReadOnlyList<TokenSpans>)>();
        var withNumbers = new List<(IReadOnlyList<TokenSpans>, IReadOnlyList<TokenSpans>)>();
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
                .Select(a => (Spans: new TokenSpans(TokenSpans.Of(a.Cue, tokens), TokenSpans.Of(a.Sources, tokens), TokenSpans.Of(a.Content, tokens)), HasNumber: HasNumber(a.ContentText)))
                .ToList();
            var predicted = document.Get(Layers.Attributions)
                .Select(a => (Spans: new TokenSpans(
                    TokenSpans.Of([a.Range], tokens),
                    a.Source is { } source ? TokenSpans.Of([source], tokens) : [],
                    TokenSpans.Of([a.Content], tokens)),
                    HasNumber: HasNumber(a.Content.Of(article.Text))))
                .ToList();
            all.Add((gold.Select(g => g.Spans).ToList(), predicted.Select(p => p.Spans).ToList()));
            withNumbers.Add((gold.Where(g => g.HasNumber).Select(g => g.Spans).ToList(), predicted.Where(p => p.HasNumber).Select(p => p.Spans).ToList()));
        }

        return new AttributionEvaluation(folder, articles.Count, AttributionScorer.Score(all), AttributionScorer.Score(withNumbers));
    }

    /// <summary>Whether a content holds a number: a digit or a number word.</summary>
    public static bool HasNumber(string content) => NumberPattern().IsMatch(content);

    [GeneratedRegex(@"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|percent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();
}

public sealed record AttributionEvaluation(string Folder, int Articles, AttributionScore All, AttributionScore WithNumbers);

using Storyline.Core.Model;
using Storyline.Core.Pipeline;

namespace Storyline.Core.Language.Figures;

/// <summary>
/// Adds the <c>figures</c> layer: every figure of the text as an interval with its bound and unit.
/// Reads the time expressions so that dates and clock times are not taken for counts.
/// </summary>
public sealed class FigureStage(FigureRecognizer recognizer) : IStage
{
    public FigureStage()
        : this(FigureRecognizer.Default)
    {
    }

    public string Name => "figures";

    public IReadOnlyList<ILayerKey> Reads => [Layers.Tokens, Layers.Sentences, Layers.TimeExpressions];

    public IReadOnlyList<ILayerKey> Adds => [Layers.Figures];

    public Document Run(Document document)
    {
        // Dates and clock times hold no counts. Durations, sets and relative dates that count time units
        // ("48 hours", "every 33 years", "two years later") are figures with a time unit.
        var excluded = document.Get(Layers.TimeExpressions)
            .Where(t => t.Type != TimexType.Duration && !CountsTimeUnits(t.Text))
            .Select(t => t.Range)
            .OrderBy(r => r.Start)
            .ToArray();
        var figures = recognizer.Recognize(document.Text, document.Get(Layers.Tokens), document.Get(Layers.Sentences), excluded);
        return document.With(Layers.Figures, figures, Name);
    }

    private static bool CountsTimeUnits(string expression)
    {
        foreach (var word in expression.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.TrimEnd('s').ToLowerInvariant() is "year" or "month" or "week" or "day" or "hour" or "minute" or "decade" or "century")
            {
                return expression.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || expression.Split(' ').Length > 1;
            }
        }

        return false;
    }
}

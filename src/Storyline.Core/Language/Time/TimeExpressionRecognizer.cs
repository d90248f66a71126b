using System.Collections.Immutable;
using Storyline.Core.Model;

namespace Storyline.Core.Language.Time;

/// <summary>
/// Finds time expressions in tokenised text and normalises them TIMEX3-style against an anchor
/// (the publication date), following the TimeML guidelines and HeidelTime's news conventions.
/// Each token passes a cheap trigger check (a digit, or a word of <see cref="TimeLexicon"/>);
/// only then is a local parse tried, so the cost is one dictionary look-up per word.
/// </summary>
public sealed class TimeExpressionRecognizer(TimeLexicon lexicon)
{
    public static TimeExpressionRecognizer Default { get; } = new(TimeLexicon.Default);

    /// <param name="anchor">The publication date; null leaves relative values with X placeholders.</param>
    /// <param name="anchorClock">The publication's wall-clock time, when known: a past event told in the
    /// report cannot come after it.</param>
    public ImmutableArray<TimeExpression> Recognize(
        string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, DateOnly? anchor, TimeOnly? anchorClock = null)
    {
        var scan = new TimeExpressionScan(lexicon, text, tokens, anchor, anchorClock);
        if (sentences.IsDefaultOrEmpty)
        {
            scan.ScanSentence(0, tokens.Length);
        }
        else
        {
            foreach (var sentence in sentences)
            {
                var first = Math.Clamp(sentence.FirstToken, 0, tokens.Length);
                scan.ScanSentence(first, Math.Clamp(first + sentence.TokenCount, first, tokens.Length));
            }
        }

        return scan.Results.ToImmutable();
    }
}

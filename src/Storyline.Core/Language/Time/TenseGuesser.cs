using System.Collections.Immutable;
using Storyline.Core.Model;

namespace Storyline.Core.Language.Time;

/// <summary>
/// A deliberately small tense guess for the clause around a time expression: the tense cue nearest
/// to it in its sentence wins. Cues are the words of Resources/tense-cues.tsv ("will", "would",
/// "planned", irregular pasts), "going to", and lowercase words ending in -ed (past). Without a cue the tense is unknown (news defaults to the past).
/// </summary>
public sealed class TenseGuesser(TimeLexicon lexicon)
{
    private const int Window = 12;

    public Tense Guess(string text, ImmutableArray<Token> tokens, int sentenceStart, int sentenceEnd, int first, int last)
    {
        if (AfterAsSoonAs(text, tokens, sentenceStart, first))
        {
            return Tense.Future;
        }

        var best = Tense.Unknown;
        var bestDistance = int.MaxValue;
        var reporting = Tense.Unknown;
        var from = Math.Max(sentenceStart, first - Window);
        var to = Math.Min(sentenceEnd, last + Window);
        for (var i = from; i < to; i++)
        {
            if (i >= first && i < last)
            {
                continue;
            }

            var cue = Cue(text, tokens, i, sentenceEnd);
            if (cue == Tense.Unknown)
            {
                continue;
            }

            var distance = i < first ? first - i : i - last + 1;
            if (distance > 2 && lexicon.IsReportingCue(Word(text, tokens, i)))
            {
                // "'He will leave Thursday,' Castro said": the saying is past, what it reports need not be.
                reporting = cue;
                continue;
            }

            if (distance < bestDistance)
            {
                best = cue;
                bestDistance = distance;
            }
        }

        return best == Tense.Unknown ? reporting : best;
    }

    /// <summary>"as soon as Tuesday", "as early as next week": a date looked forward to.</summary>
    private static bool AfterAsSoonAs(string text, ImmutableArray<Token> tokens, int sentenceStart, int first) =>
        first - 3 >= sentenceStart
        && Word(text, tokens, first - 3).Equals("as", StringComparison.OrdinalIgnoreCase)
        && (Word(text, tokens, first - 2).Equals("soon", StringComparison.OrdinalIgnoreCase) || Word(text, tokens, first - 2).Equals("early", StringComparison.OrdinalIgnoreCase))
        && Word(text, tokens, first - 1).Equals("as", StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Word(string text, ImmutableArray<Token> tokens, int i) =>
        text.AsSpan(tokens[i].Range.Start, tokens[i].Range.Length);

    private Tense Cue(string text, ImmutableArray<Token> tokens, int i, int sentenceEnd)
    {
        if (tokens[i].Kind != TokenKind.Word)
        {
            return Tense.Unknown;
        }

        var word = text.AsSpan(tokens[i].Range.Start, tokens[i].Range.Length);
        if (word.Equals("going", StringComparison.OrdinalIgnoreCase)
            && i + 1 < sentenceEnd && text.AsSpan(tokens[i + 1].Range.Start, tokens[i + 1].Range.Length).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return Tense.Future;
        }

        if (lexicon.TenseCue(word) is not Tense.Unknown and var listed)
        {
            return listed;
        }

        return word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal) ? Tense.Past : Tense.Unknown;
    }
}

using Storyline.Core.Model;
using static Storyline.Core.Language.Tokens.TokenText;

namespace Storyline.Core.Language.Attributions;

/// <summary>
/// Attributions marked by layout rather than by a verb: a transcript's speaker label at the start of a
/// paragraph ("PENCE: Well, look, …") and a signature dash after a quotation ("“…” ― Ana Ruiz"). The
/// punctuation is the cue.
/// </summary>
internal static class LayoutAttributions
{
    private const int MaxLabelWords = 3;
    private const int MaxSignatureTokens = 8;
    private const int MaxQuotationTokens = 600;

    /// <summary>"WALLACE: Let's start …": an all-capitals label and a colon opening a paragraph; the content runs to the paragraph's end.</summary>
    public static Attribution? SpeakerLabel(string text, IReadOnlyList<Token> tokens, int index)
    {
        if (!StartsParagraph(text, tokens, index))
        {
            return null;
        }

        var first = index < tokens.Count && IsQuote(text, tokens[index]) ? index + 1 : index;
        var colon = first;
        while (colon < tokens.Count && colon - first < MaxLabelWords && IsCapitalWord(text, tokens[colon]) && !BreaksBefore(text, tokens, colon, first))
        {
            colon++;
        }

        if (colon == first || colon + 1 >= tokens.Count || !IsChar(text, tokens[colon], ':') || BreaksBefore(text, tokens, colon + 1, colon))
        {
            return null;
        }

        var last = ParagraphLast(text, tokens, colon + 1);
        var cue = tokens[colon].Range;
        var source = new TextRange(tokens[first].Range.Start, tokens[colon - 1].Range.End);
        var content = new TextRange(tokens[colon + 1].Range.Start, tokens[last].Range.End);
        return new Attribution(cue, cue.Of(text), source, source.Of(text), content, IsQuote(text, tokens[colon + 1]));
    }

    /// <summary>"“…” ― Ana Ruiz": a dash after a closing quotation, followed by a name ending the paragraph.</summary>
    public static Attribution? Signature(string text, IReadOnlyList<Token> tokens, int index)
    {
        if (index == 0 || tokens[index].Range.Length != 1 || text[tokens[index].Range.Start] is not ('―' or '—') || !IsQuote(text, tokens[index - 1]))
        {
            return null;
        }

        var end = index + 1;
        while (end < tokens.Count && end - index <= MaxSignatureTokens && !BreaksBefore(text, tokens, end, index + 1)
            && (tokens[end].Kind == TokenKind.Word || IsChar(text, tokens[end], '.')))
        {
            end++;
        }

        var endsParagraph = end == tokens.Count || BreaksBefore(text, tokens, end, index + 1);
        if (end == index + 1 || !endsParagraph || !char.IsUpper(text[tokens[index + 1].Range.Start]))
        {
            return null;
        }

        // "― Ana Ruiz.": the closing full stop is no part of the name.
        var nameEnd = end > index + 2 && IsChar(text, tokens[end - 1], '.') && tokens[end - 2].Range.Length > 1 ? end - 1 : end;

        var open = index - 2;
        while (open >= 0 && index - open <= MaxQuotationTokens && !BreaksBefore(text, tokens, open + 1, open) && !IsOpeningQuote(text, tokens[open]))
        {
            open--;
        }

        if (open < 0 || !IsOpeningQuote(text, tokens[open]) || BreaksBefore(text, tokens, open + 1, open))
        {
            return null;
        }

        var cue = tokens[index].Range;
        var source = new TextRange(tokens[index + 1].Range.Start, tokens[nameEnd - 1].Range.End);
        var content = new TextRange(tokens[open].Range.Start, tokens[index - 1].Range.End);
        return new Attribution(cue, cue.Of(text), source, source.Of(text), content, Direct: true);
    }

    private static bool StartsParagraph(string text, IReadOnlyList<Token> tokens, int index) =>
        index < tokens.Count && (index == 0 || BreaksBefore(text, tokens, index, index - 1));

    /// <summary>Whether a line break separates token <paramref name="index"/> from the one before it (never before <paramref name="floor"/>).</summary>
    private static bool BreaksBefore(string text, IReadOnlyList<Token> tokens, int index, int floor) =>
        index > floor && index > 0 && index < tokens.Count
        && text.AsSpan(tokens[index - 1].Range.End, Math.Max(0, tokens[index].Range.Start - tokens[index - 1].Range.End)).Contains('\n');

    private static int ParagraphLast(string text, IReadOnlyList<Token> tokens, int from)
    {
        var last = from;
        while (last + 1 < tokens.Count && !BreaksBefore(text, tokens, last + 1, from))
        {
            last++;
        }

        return last;
    }

    private static bool IsCapitalWord(string text, Token token)
    {
        if (token.Kind != TokenKind.Word || token.Range.Length < 2)
        {
            return false;
        }

        foreach (var c in Span(text, token))
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsChar(string text, Token token, char c) => token.Range.Length == 1 && text[token.Range.Start] == c;

    private static bool IsQuote(string text, Token token) => token.Range.Length == 1 && text[token.Range.Start] is '"' or '“' or '”';

    private static bool IsOpeningQuote(string text, Token token) => token.Range.Length == 1 && text[token.Range.Start] is '“' or '"';
}

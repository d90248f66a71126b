using Storyline.Core.Model;

namespace Storyline.Core.Language.Entities;

/// <summary>
/// Rough sentence boundaries over tokens, enough to give the tagger sequences of the length it was
/// trained on: a break after ".", "?" or "!" (and any closing quote after it) when the next token
/// does not start with a lowercase letter, at every line break, and every <see cref="MaxTokens"/>
/// tokens so that a run-on text still decodes in short pieces. Abbreviations need no care here
/// because the tokenizer keeps their full stop inside the word ("Mr.", "U.S.").
/// </summary>
public static class SentenceSegmenter
{
    public const int MaxTokens = 150;

    /// <summary>Sentences as [Start, End) ranges of token indices.</summary>
    public static List<(int Start, int End)> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var isLast = i + 1 == tokens.Count;
            var breakAfter = isLast
                || i + 1 - start >= MaxTokens
                || LineBreakBetween(text, tokens[i].Range.End, tokens[i + 1].Range.Start)
                || (IsTerminal(text, tokens[i]) && !StartsLowercase(text, tokens[i + 1]) && !IsClosingQuote(text, tokens[i + 1]))
                || (IsClosingQuote(text, tokens[i]) && i > start && IsTerminal(text, tokens[i - 1]) && !StartsLowercase(text, tokens[i + 1]));
            if (breakAfter)
            {
                sentences.Add((start, i + 1));
                start = i + 1;
            }
        }

        return sentences;
    }

    private static bool LineBreakBetween(string text, int from, int to) => text.AsSpan(from, to - from).Contains('\n');

    private static bool IsTerminal(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Range.Start] is '.' or '?' or '!' or '…';

    private static bool IsClosingQuote(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Range.Length <= 2 && text[token.Range.Start] is '"' or '\'' or '”' or '’' or '»';

    private static bool StartsLowercase(string text, Token token) => char.IsLower(text[token.Range.Start]);
}

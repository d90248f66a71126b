using System.Collections.Immutable;
using Storyline.Core.Model;

namespace Storyline.Core.Language.Sentences;

/// <summary>
/// Sentence boundaries over tokens: a break after ".", "?" or "!" (and any closing quote after it)
/// when the next token does not start with a lowercase letter, at every line break, and every
/// <see cref="MaxTokens"/> tokens so that a run-on text still decodes in short pieces.
/// Abbreviations need no care here because the tokenizer keeps their full stop inside the word
/// ("Mr.", "U.S.").
/// </summary>
public sealed class SentenceSegmenter
{
    public const int MaxTokens = 150;

    public static SentenceSegmenter Default { get; } = new();

    public ImmutableArray<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
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
                var range = new TextRange(tokens[start].Range.Start, tokens[i].Range.End);
                sentences.Add(new Sentence(range, start, i + 1 - start));
                start = i + 1;
            }
        }

        return sentences.ToImmutable();
    }

    private static bool LineBreakBetween(string text, int from, int to) => text.AsSpan(from, to - from).Contains('\n');

    private static bool IsTerminal(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Range.Start] is '.' or '?' or '!' or '…';

    private static bool IsClosingQuote(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Range.Length <= 2 && text[token.Range.Start] is '"' or '\'' or '”' or '’' or '»';

    private static bool StartsLowercase(string text, Token token) => char.IsLower(text[token.Range.Start]);
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using Storyline.Core.Language.Tokens;
using Storyline.Core.Model;

namespace Storyline.Core.Language.Sentences;

/// <summary>
/// Sentence boundaries over tokens, in one linear pass. A sentence ends:
/// <list type="bullet">
/// <item>at every line break (paragraphs, headlines and captions without final punctuation, list items);</item>
/// <item>after terminal punctuation (". ? ! … ..." and their CJK and Arabic forms), with any run of
/// terminals and closing quotes or brackets that follows it unspaced ('leave now.'" or "(sic.)"),
/// when the next token could start a sentence (not lowercase, not a comma, closing bracket or the like);</item>
/// <item>after an abbreviation that can also end a sentence ("U.S.", "Inc.", "p.m.", an initial)
/// when a common sentence opener follows ("in the U.S. The next day"), never after a title or a
/// number abbreviation that belongs to the next word ("Mr.", "Lt. Gen.", "No. 5");</item>
/// <item>before a bullet inside a line, and every <see cref="MaxTokens"/> tokens so that a run-on
/// text still decodes in short pieces.</item>
/// </list>
/// The tokenizer keeps an abbreviation's full stop inside its token, so "Mr." and "3.5" are never
/// mistaken for terminal punctuation.
/// </summary>
public sealed class SentenceSegmenter
{
    public const int MaxTokens = 150;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _starters;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titles;

    /// <param name="sentenceStarters">Capitalised words that commonly open a sentence.</param>
    /// <param name="titleAbbreviations">Abbreviations (without their full stop) that belong to the next word.</param>
    public SentenceSegmenter(IEnumerable<string> sentenceStarters, IEnumerable<string> titleAbbreviations)
    {
        _starters = sentenceStarters.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _titles = titleAbbreviations.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The segmenter with the word lists shipped in Resources/sentence-*.txt.</summary>
    public static SentenceSegmenter Default { get; } = new(
        EmbeddedResource.ReadRows(EmbeddedResource.Open("sentence-starters.txt")).Select(row => row.Fields[0].Trim()),
        EmbeddedResource.ReadRows(EmbeddedResource.Open("sentence-title-abbreviations.txt")).Select(row => row.Fields[0].Trim()));

    public ImmutableArray<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var start = 0;
        var i = 0;
        while (i < tokens.Count)
        {
            var last = EndOfSentenceAt(text, tokens, start, i);
            if (last >= 0)
            {
                var range = new TextRange(tokens[start].Range.Start, tokens[last].Range.End);
                sentences.Add(new Sentence(range, start, last + 1 - start));
                start = last + 1;
                i = start;
            }
            else
            {
                i++;
            }
        }

        if (start < tokens.Count)
        {
            var range = new TextRange(tokens[start].Range.Start, tokens[^1].Range.End);
            sentences.Add(new Sentence(range, start, tokens.Count - start));
        }

        return sentences.ToImmutable();
    }

    /// <summary>
    /// The index of the last token of a sentence that ends at or just after token <paramref name="i"/>
    /// (taking in trailing terminals and closing quotes), or -1 when none ends there.
    /// </summary>
    private int EndOfSentenceAt(string text, IReadOnlyList<Token> tokens, int start, int i)
    {
        if (i + 1 >= tokens.Count)
        {
            return tokens.Count - 1;
        }

        if (i + 1 - start >= MaxTokens || LineBreakBetween(text, tokens[i], tokens[i + 1]))
        {
            return i;
        }

        if (i > start && IsBullet(text, tokens[i + 1]))
        {
            return i;
        }

        if (IsTerminal(text, tokens[i]))
        {
            if (i == start + 1 && tokens[start].Kind == TokenKind.Number && Adjacent(tokens[start], tokens[i]) && text[tokens[i].Range.Start] == '.')
            {
                // "1. First item": a list number, not a sentence.
                return -1;
            }

            var last = TakeClosers(text, tokens, start, i);
            if (last + 1 >= tokens.Count)
            {
                return tokens.Count - 1;
            }

            return LineBreakBetween(text, tokens[last], tokens[last + 1]) || CanStartSentence(text, tokens[last + 1]) ? last : -1;
        }

        if (EndsWithFullStop(text, tokens[i]) && !IsTitle(text, tokens[i]) && StartsWithOpener(text, tokens, i + 1))
        {
            return TakeClosers(text, tokens, start, i);
        }

        return -1;
    }

    /// <summary>The last of the terminals, closing quotes and closing brackets that follow token <paramref name="i"/> unspaced.</summary>
    private static int TakeClosers(string text, IReadOnlyList<Token> tokens, int start, int i)
    {
        var last = i;
        while (last + 1 < tokens.Count && last + 1 - start < MaxTokens && Adjacent(tokens[last], tokens[last + 1])
               && (IsTerminal(text, tokens[last + 1]) || IsCloser(text, tokens, last + 1)))
        {
            last++;
        }

        return last;
    }

    private static bool Adjacent(Token first, Token second) => first.Range.End == second.Range.Start;

    private static bool LineBreakBetween(string text, Token first, Token second) =>
        text.AsSpan(first.Range.End, second.Range.Start - first.Range.End).IndexOfAny('\n', '\r', '\u2029') >= 0;

    private static bool IsTerminal(string text, Token token)
    {
        if (token.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        var c = text[token.Range.Start];
        return c is '.' or '?' or '!' or '…' or '。' or '！' or '？' or '؟' or '۔' or '‼' or '⁇' or '⁈' or '⁉';
    }

    /// <summary>
    /// A quote or bracket that closes what came before. Straight quotes are ambiguous; one that is
    /// glued to the word before it and not to the word after it closes.
    /// </summary>
    private static bool IsCloser(string text, IReadOnlyList<Token> tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind != TokenKind.Punctuation || token.Range.Length > 2)
        {
            return false;
        }

        var c = text[token.Range.Start];
        if (c is '”' or '’' or '»' or ')' or ']' or '}' || (c == '\'' && token.Range.Length == 2))
        {
            return true;
        }

        return c is '"' or '\''
            && (index + 1 == tokens.Count || !Adjacent(token, tokens[index + 1]) || tokens[index + 1].Kind == TokenKind.Punctuation);
    }

    private static bool CanStartSentence(string text, Token token)
    {
        var c = text[token.Range.Start];
        return !char.IsLower(c) && c is not (',' or ';' or ':' or ')' or ']' or '}' or '%' or '-' or '–' or '—');
    }

    private static bool IsBullet(string text, Token token) =>
        token.Range.Length == 1 && text[token.Range.Start] is '•' or '▪' or '◦' or '‣' or '●' or '■';

    private static bool EndsWithFullStop(string text, Token token) =>
        token.Kind == TokenKind.Word && token.Range.Length > 1 && text[token.Range.End - 1] == '.';

    private bool IsTitle(string text, Token token) =>
        _titles.Contains(text.AsSpan(token.Range.Start, token.Range.Length - 1));

    /// <summary>Whether the tokens from <paramref name="index"/> open with a common sentence opener (after any opening quote).</summary>
    private bool StartsWithOpener(string text, IReadOnlyList<Token> tokens, int index)
    {
        if (index < tokens.Count && tokens[index].Kind == TokenKind.Punctuation && text[tokens[index].Range.Start] is '"' or '“' or '‘' or '\'' or '«' or '(')
        {
            index++;
        }

        return index < tokens.Count && tokens[index].Kind == TokenKind.Word
            && _starters.Contains(text.AsSpan(tokens[index].Range.Start, tokens[index].Range.Length));
    }
}

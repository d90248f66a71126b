using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Storyline.Core.Model;

namespace Storyline.Core.Language.Tokens;

/// <summary>
/// Splits text into tokens with character offsets, in one left-to-right pass (linear time, no
/// regular expressions). Conventions follow the Penn Treebank / CoNLL-2003 newswire tokenisation
/// the entity tagger was trained on: clitics are split ("did" "n't", "Reuters" "'s"), currency and
/// percent signs are their own tokens ("$" "1.5bn", "45" "%"), while numbers with separators
/// ("27,419", "1996-08-22"), hyphenated words, abbreviations ("Mr.", "U.S.", "J."), URLs, e-mail
/// addresses and ellipses stay whole.
/// </summary>
public sealed class Tokenizer
{
    private const int MaxEmailLocalPart = 64;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;

    public Tokenizer(IEnumerable<string> abbreviations)
    {
        _abbreviations = abbreviations.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The tokenizer with the abbreviation list shipped in Resources/tokenizer-abbreviations.txt.</summary>
    public static Tokenizer Default { get; } = new(LoadAbbreviations());

    /// <summary>Characters that only separate tokens and never belong to one.</summary>
    public static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    public ImmutableArray<Token> Tokenize(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>(Math.Max(4, text.Length / 5));
        Tokenize(text, tokens);
        return tokens.DrainToImmutable();
    }

    public void Tokenize(ReadOnlySpan<char> text, ICollection<Token> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsSeparator(c))
            {
                i++;
                continue;
            }

            if (IsWordChar(c))
            {
                i = ScanWord(text, i, tokens);
            }
            else
            {
                i = ScanOther(text, i, tokens);
            }
        }
    }

    private int ScanWord(ReadOnlySpan<char> text, int start, ICollection<Token> tokens)
    {
        if (TryScanUrl(text, start, out var urlEnd))
        {
            tokens.Add(new Token(new TextRange(start, urlEnd), TokenKind.Url));
            return urlEnd;
        }

        if (TryScanEmail(text, start, out var emailEnd))
        {
            tokens.Add(new Token(new TextRange(start, emailEnd), TokenKind.Email));
            return emailEnd;
        }

        var j = start;
        var segmentStart = start;
        var hasInnerDot = false;
        while (true)
        {
            while (j < text.Length && IsWordChar(text[j]))
            {
                j++;
            }

            if (j + 1 >= text.Length)
            {
                break;
            }

            var separator = text[j];
            var next = text[j + 1];
            var previous = text[j - 1];
            if (IsHyphen(separator) && IsWordChar(next))
            {
                j++;
                segmentStart = j;
                continue;
            }

            if (separator is ',' or '.' or ':' or '/' && char.IsAsciiDigit(previous) && char.IsAsciiDigit(next))
            {
                j++;
                segmentStart = j;
                continue;
            }

            if (separator == '.' && j - segmentStart == 1 && char.IsLetter(previous) && char.IsLetter(next)
                && (j + 2 >= text.Length || !IsWordChar(text[j + 2])))
            {
                // Dotted acronyms: "U.S", "e.g" (the final stop is attached below).
                hasInnerDot = true;
                j++;
                segmentStart = j;
                continue;
            }

            if (separator == '&' && char.IsUpper(previous) && char.IsUpper(next))
            {
                j++;
                segmentStart = j;
                continue;
            }

            if (IsApostrophe(separator) && char.IsLetter(next))
            {
                var afterEnd = j + 1;
                while (afterEnd < text.Length && IsWordChar(text[afterEnd]))
                {
                    afterEnd++;
                }

                var after = text[(j + 1)..afterEnd];
                if (after is "t" or "T" && j - start >= 2 && previous is 'n' or 'N')
                {
                    // "didn't" -> "did" "n't"
                    tokens.Add(new Token(new TextRange(start, j - 1), TokenKind.Word));
                    tokens.Add(new Token(new TextRange(j - 1, afterEnd), TokenKind.Word));
                    return afterEnd;
                }

                if (IsClitic(after))
                {
                    break;
                }

                // "O'Neill", "rock'n'roll"
                j++;
                segmentStart = j;
                continue;
            }

            break;
        }

        var kind = char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word;
        if (j < text.Length && text[j] == '.' && kind == TokenKind.Word && KeepsFullStop(text[start..j], hasInnerDot))
        {
            j++;
        }

        tokens.Add(new Token(new TextRange(start, j), kind));
        return j;
    }

    private bool KeepsFullStop(ReadOnlySpan<char> word, bool hasInnerDot) =>
        hasInnerDot || (word.Length == 1 && char.IsUpper(word[0])) || _abbreviations.Contains(word);

    private static int ScanOther(ReadOnlySpan<char> text, int start, ICollection<Token> tokens)
    {
        var c = text[start];
        var next = start + 1 < text.Length ? text[start + 1] : '\0';
        var end = start + 1;
        var kind = TokenKind.Punctuation;
        if (c == '.' && next == '.')
        {
            while (end < text.Length && text[end] == '.')
            {
                end++;
            }
        }
        else if (c == '-' && next == '-')
        {
            while (end < text.Length && text[end] == '-')
            {
                end++;
            }
        }
        else if ((c == '`' && next == '`') || (c == '\'' && next == '\''))
        {
            end = start + 2;
        }
        else if (IsApostrophe(c) && start > 0 && IsWordChar(text[start - 1]) && char.IsLetter(next))
        {
            var afterEnd = start + 1;
            while (afterEnd < text.Length && IsWordChar(text[afterEnd]))
            {
                afterEnd++;
            }

            if (IsClitic(text[(start + 1)..afterEnd]))
            {
                end = afterEnd;
                kind = TokenKind.Word;
            }
        }
        else if (char.IsHighSurrogate(c) && char.IsLowSurrogate(next))
        {
            end = start + 2;
            kind = TokenKind.Symbol;
        }
        else if (!char.IsPunctuation(c))
        {
            kind = TokenKind.Symbol;
        }

        tokens.Add(new Token(new TextRange(start, end), kind));
        return end;
    }

    private static bool TryScanUrl(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        var rest = text[start..];
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
              || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
              || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var j = start;
        while (j < text.Length && !IsSeparator(text[j]) && text[j] is not ('"' or '<' or '>' or '“' or '”'))
        {
            j++;
        }

        while (j > start && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\'' or '’')
        {
            j--;
        }

        end = j;
        return end - start > 4;
    }

    private static bool TryScanEmail(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        var j = start;
        var limit = Math.Min(text.Length, start + MaxEmailLocalPart);
        while (j < limit && (IsWordChar(text[j]) || text[j] is '.' or '_' or '%' or '+' or '-'))
        {
            j++;
        }

        if (j == start || j >= text.Length - 1 || text[j] != '@' || !char.IsLetterOrDigit(text[j + 1]))
        {
            return false;
        }

        var domainStart = j + 1;
        var k = domainStart;
        while (k < text.Length && (char.IsLetterOrDigit(text[k]) || text[k] is '.' or '-'))
        {
            k++;
        }

        while (k > domainStart && text[k - 1] is '.' or '-')
        {
            k--;
        }

        if (!text[domainStart..k].Contains('.'))
        {
            return false;
        }

        end = k;
        return true;
    }

    private static bool IsClitic(ReadOnlySpan<char> letters) =>
        letters.Equals("s", StringComparison.OrdinalIgnoreCase)
        || letters.Equals("re", StringComparison.OrdinalIgnoreCase)
        || letters.Equals("ve", StringComparison.OrdinalIgnoreCase)
        || letters.Equals("ll", StringComparison.OrdinalIgnoreCase)
        || letters.Equals("d", StringComparison.OrdinalIgnoreCase)
        || letters.Equals("m", StringComparison.OrdinalIgnoreCase);

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c)
        || (c > '\u007f' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static IEnumerable<string> LoadAbbreviations()
    {
        using var reader = EmbeddedResource.Open("tokenizer-abbreviations.txt");
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#'))
            {
                words.Add(word);
            }
        }

        return words;
    }
}

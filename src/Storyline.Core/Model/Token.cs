namespace Storyline.Core.Model;

/// <summary>One token of the text: a word, number, punctuation mark, symbol, URL or e-mail address.</summary>
public sealed record Token(TextRange Range, TokenKind Kind) : Annotation(Range);

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,
    Email,
}

using Storyline.Core.Model;

namespace Storyline.Core.Language.Tokens;

/// <summary>Reading a token's text without copying it, for the rule stages that look at words around a span.</summary>
public static class TokenText
{
    public static ReadOnlySpan<char> Span(string text, Token token) => text.AsSpan(token.Range.Start, token.Range.Length);

    /// <summary>Whether the token is <paramref name="word"/>, ignoring case.</summary>
    public static bool Is(string text, Token token, string word) => Span(text, token).Equals(word, StringComparison.OrdinalIgnoreCase);

    public static bool IsAny(string text, Token token, params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (Is(text, token, word))
            {
                return true;
            }
        }

        return false;
    }
}

using Storyline.Core.Model;

namespace Storyline.Core.Language.Attributions;

/// <summary>
/// Whether a quotation is open, read token by token through a document: a cue inside a quotation is
/// the speaker's own words, not the reporter's attribution. Curly marks open and close; straight
/// marks toggle. A paragraph break closes everything, since news quotations running over several
/// paragraphs reopen each one.
/// </summary>
internal struct QuotationState
{
    private bool _curlyOpen;
    private bool _straightOpen;

    public readonly bool IsOpen => _curlyOpen || _straightOpen;

    /// <summary>Takes token <paramref name="index"/> into account (call once per token, in order).</summary>
    public void Advance(string text, IReadOnlyList<Token> tokens, int index)
    {
        var token = tokens[index];
        if (index > 0 && text.AsSpan(tokens[index - 1].Range.End, Math.Max(0, token.Range.Start - tokens[index - 1].Range.End)).Contains('\n'))
        {
            _curlyOpen = false;
            _straightOpen = false;
        }

        if (token.Kind != TokenKind.Punctuation && token.Kind != TokenKind.Symbol)
        {
            return;
        }

        // Two apostrophes (''…'', as some wires write quotation marks) toggle like a straight mark; the
        // second of a pair is passed over.
        if (text[token.Range.Start] == '\'')
        {
            var pairStarts = token.Range.Length == 2 ? text[token.Range.Start + 1] == '\''
                : token.Range.End < text.Length && text[token.Range.End] == '\'' && (token.Range.Start == 0 || text[token.Range.Start - 1] != '\'');
            if (pairStarts)
            {
                _straightOpen = !_straightOpen;
            }

            return;
        }

        switch (text[token.Range.Start])
        {
            case '"':
                _straightOpen = !_straightOpen;
                break;
            case '“' or '«':
                _curlyOpen = true;
                break;
            case '”' or '»':
                _curlyOpen = false;
                break;
        }
    }
}

namespace Storyline.Core.Stories;

/// <summary>
/// The words of a text as (start, length) runs of letters and digits, found by one char scan.
/// Apostrophes and hyphens split words, so "Sen's" gives "Sen" and "s", and "third-party" two words.
/// </summary>
internal ref struct WordSpans(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> _text = text;
    private int _position;

    public (int Start, int Length) Current { get; private set; }

    public readonly WordSpans GetEnumerator() => this;

    public bool MoveNext()
    {
        var i = _position;
        while (i < _text.Length && !char.IsLetterOrDigit(_text[i]))
        {
            i++;
        }

        if (i >= _text.Length)
        {
            _position = i;
            return false;
        }

        var start = i;
        while (i < _text.Length && char.IsLetterOrDigit(_text[i]))
        {
            i++;
        }

        Current = (start, i - start);
        _position = i;
        return true;
    }
}

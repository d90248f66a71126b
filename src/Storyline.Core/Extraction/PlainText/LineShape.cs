namespace Storyline.Core.Extraction.PlainText;

/// <summary>
/// The shape of a line, read with one char scan: how many words, how many start lowercase or
/// uppercase, whether it ends like a sentence. Lines past <see cref="ScanLimit"/> characters are
/// scanned only that far: beyond it a line is a paragraph whatever else it holds.
/// </summary>
public readonly record struct LineShape(int Length, int Words, int LowercaseWords, int CapitalisedWords, int Letters, int Digits, bool EndsSentence)
{
    public const int ScanLimit = 2000;

    /// <summary>A real sentence: final punctuation and some lowercase words ("He said it was over.").</summary>
    public bool IsSentence => EndsSentence && LowercaseWords > 0 && Words >= 2;

    /// <summary>Every word capitalised (or a number): menus, headings, names.</summary>
    public bool IsTitleCase => Words > 0 && LowercaseWords == 0;

    public static LineShape Of(string line)
    {
        var limit = Math.Min(line.Length, ScanLimit);
        int words = 0, lower = 0, upper = 0, letters = 0, digits = 0;
        var inWord = false;
        for (var i = 0; i < limit; i++)
        {
            var c = line[i];
            if (c == ' ')
            {
                inWord = false;
                continue;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }

            if (!inWord)
            {
                inWord = true;
                words++;
                var first = FirstLetterOfWord(line, i, limit);
                if (first is { } f && char.IsLower(f))
                {
                    lower++;
                }
                else if (first is { } g && char.IsUpper(g))
                {
                    upper++;
                }
            }
        }

        return new LineShape(line.Length, words, lower, upper, letters, digits, EndsLikeSentence(line));
    }

    public static bool EndsLikeSentence(string line)
    {
        for (var i = line.Length - 1; i >= 0; i--)
        {
            var c = line[i];
            if (c is '"' or '\'' or '\u201d' or '\u2019' or ')' or ']' or '\u00bb' or '*')
            {
                continue;
            }

            return c is '.' or '!' or '?' or '\u2026' or '\u3002' or '\uff01' or '\uff1f' or '\u061f' or '\u0964';
        }

        return false;
    }

    private static char? FirstLetterOfWord(string line, int start, int limit)
    {
        // Skip opening quotes and brackets so '"He' counts as capitalised and '(he' as lowercase.
        for (var i = start; i < limit && line[i] != ' '; i++)
        {
            if (char.IsLetter(line[i]))
            {
                return line[i];
            }

            if (char.IsDigit(line[i]))
            {
                return null;
            }
        }

        return null;
    }
}

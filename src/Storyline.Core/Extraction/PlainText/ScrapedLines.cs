using System.Text;

namespace Storyline.Core.Extraction.PlainText;

/// <summary>
/// Splits scraped text into non-blank lines in one pass, normalising each: control and format
/// characters dropped, whitespace runs collapsed to one space, ends trimmed.
/// </summary>
public static class ScrapedLines
{
    public static IReadOnlyList<ScrapedLine> Split(string text)
    {
        var lines = new List<ScrapedLine>();
        var current = new StringBuilder();
        var pendingSpace = false;
        var afterBlank = false;
        var number = 0;

        void EndLine()
        {
            if (current.Length == 0)
            {
                afterBlank = lines.Count > 0;
            }
            else
            {
                lines.Add(new ScrapedLine(number, current.ToString(), afterBlank));
                afterBlank = false;
                current.Clear();
            }

            pendingSpace = false;
            number++;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsPlain(c))
            {
                // Copy the run of ordinary characters in one go: most of a text is such runs.
                var end = i + 1;
                while (end < text.Length && IsPlain(text[end]))
                {
                    end++;
                }

                if (pendingSpace)
                {
                    current.Append(' ');
                    pendingSpace = false;
                }

                current.Append(text, i, end - i);
                i = end - 1;
                continue;
            }

            if (IsLineBreak(c))
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndLine();
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = current.Length > 0;
                continue;
            }

            if (IsInvisible(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                current.Append(' ');
                pendingSpace = false;
            }

            current.Append(c);
        }

        EndLine();
        return lines;
    }

    /// <summary>The same normalisation as <see cref="Split"/>, for a single line (used by tests and joins).</summary>
    public static string Normalise(string line)
    {
        var lines = Split(line);
        return string.Join(" ", lines.Select(l => l.Text));
    }

    /// <summary>Printable ASCII other than space, and non-space characters beyond Latin-1 that need no normalising.</summary>
    private static bool IsPlain(char c) =>
        c is > ' ' and < '\u007f' || c > '\u00ff' && c < '\u2000' && !char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format;

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';

    // Zero-width and soft-hyphen characters split words invisibly; scrapers leave them everywhere.
    private static bool IsInvisible(char c) =>
        c is '\u00ad' or '\u200b' or '\u200c' or '\u200d' or '\u2060' or '\ufeff' ||
        char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;
}

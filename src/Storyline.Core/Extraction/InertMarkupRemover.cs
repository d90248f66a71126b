using System.Buffers;

namespace Storyline.Core.Extraction;

/// <summary>
/// Drops markup that never holds article text (scripts other than JSON-LD, styles, comments,
/// inline SVG, templates) before the HTML parser sees it. On news pages these are often more
/// than half of the bytes, and skipping them with a plain scan is far cheaper than building
/// DOM nodes for them. JSON-LD scripts are kept because metadata is read from them.
/// </summary>
public static class InertMarkupRemover
{
    private static readonly string[] InertElements = ["script", "style", "svg", "template"];

    // Every inert block starts "<!", "<s" or "<t": a vectorised search for those pairs skips every
    // other tag without stopping at it, which a search for '<' alone cannot.
    private static readonly SearchValues<string> InertStarts = SearchValues.Create(["<!", "<s", "<t"], StringComparison.OrdinalIgnoreCase);

    public static string Remove(string html)
    {
        // Removed spans are collected first and the result built once at its exact length: pages are
        // large enough that each full-size buffer lands on the large object heap, and a builder
        // plus its ToString made two of them per page.
        List<(int Start, int End)>? removed = null;
        var position = 0;
        while (position < html.Length)
        {
            var found = html.AsSpan(position).IndexOfAny(InertStarts);
            if (found < 0)
            {
                break;
            }

            var open = position + found;
            var skipTo = -1;
            if (string.CompareOrdinal(html, open, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
                skipTo = close < 0 ? html.Length : close + 3;
            }
            else if (InertElementAt(html, open) is { } element && !IsJsonLd(html, open))
            {
                var close = html.IndexOf("</" + element, open + element.Length + 1, StringComparison.OrdinalIgnoreCase);
                var end = close < 0 ? -1 : html.IndexOf('>', close);
                skipTo = end < 0 ? html.Length : end + 1;
            }

            if (skipTo < 0)
            {
                position = open + 1;
                continue;
            }

            removed ??= [];
            removed.Add((open, skipTo));
            position = skipTo;
        }

        return removed is null ? html : Join(html, removed);
    }

    /// <summary>The text between the removed spans, each span replaced by one space so the words either side stay apart.</summary>
    private static string Join(string html, List<(int Start, int End)> removed)
    {
        var length = html.Length;
        foreach (var (start, end) in removed)
        {
            length -= end - start - 1;
        }

        return string.Create(length, (html, removed), static (output, state) =>
        {
            var (source, spans) = state;
            var copiedUpTo = 0;
            var written = 0;
            foreach (var (start, end) in spans)
            {
                source.AsSpan(copiedUpTo, start - copiedUpTo).CopyTo(output[written..]);
                written += start - copiedUpTo;
                output[written++] = ' ';
                copiedUpTo = end;
            }

            source.AsSpan(copiedUpTo).CopyTo(output[written..]);
        });
    }

    private static string? InertElementAt(string html, int open)
    {
        foreach (var element in InertElements)
        {
            var after = open + 1 + element.Length;
            if (after < html.Length
                && string.Compare(html, open + 1, element, 0, element.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (html[after] == '>' || html[after] == '/' || char.IsWhiteSpace(html[after])))
            {
                return element;
            }
        }

        return null;
    }

    private static bool IsJsonLd(string html, int open)
    {
        var tagEnd = html.IndexOf('>', open);
        var tag = tagEnd < 0 ? html.AsSpan(open) : html.AsSpan(open, tagEnd - open);
        return tag.Contains("ld+json", StringComparison.OrdinalIgnoreCase);
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;

namespace Storyline.Ingest;

/// <summary>
/// Types decoded text by its content: an RSS/Atom root element means a feed, markup means HTML,
/// a first line that is a JSON object means JSON Lines, anything else is plain text. Only the
/// start of the text is examined, so sniffing costs the same for any size.
/// </summary>
public static partial class ContentSniffer
{
    private const int HeadLength = 2048;

    public static ContentKind Sniff(string text)
    {
        var start = SkipWhitespaceAndBom(text);
        if (start < text.Length && text[start] == '<')
        {
            return RootElementName(text, start) is { } root && IsFeedRoot(root) ? ContentKind.Feed : ContentKind.Html;
        }

        var head = text.AsSpan(start, Math.Min(HeadLength, text.Length - start));
        if (head.StartsWith("{") && FirstLineIsJsonObject(text, start))
        {
            return ContentKind.JsonLines;
        }

        return HtmlTag().IsMatch(head) ? ContentKind.Html : ContentKind.PlainText;
    }

    private static int SkipWhitespaceAndBom(string text)
    {
        var i = 0;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF'))
        {
            i++;
        }

        return i;
    }

    private static bool IsFeedRoot(string name)
    {
        var local = name[(name.IndexOf(':') + 1)..];
        return local.Equals("rss", StringComparison.OrdinalIgnoreCase)
            || local.Equals("feed", StringComparison.Ordinal)
            || local.Equals("RDF", StringComparison.Ordinal);
    }

    /// <summary>The first element name after any XML declaration, comments, processing instructions and doctype.</summary>
    private static string? RootElementName(string text, int position)
    {
        var limit = Math.Min(text.Length, position + HeadLength * 4);
        var i = position;
        while (i < limit)
        {
            var open = text.IndexOf('<', i, limit - i);
            if (open < 0 || open + 1 >= limit)
            {
                return null;
            }

            var next = text[open + 1];
            if (next is '?' or '!')
            {
                var terminator = text.AsSpan(open).StartsWith("<!--") ? "-->" : ">";
                var close = text.IndexOf(terminator, open + 2, limit - open - 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    return null;
                }

                i = close + terminator.Length;
                continue;
            }

            var end = open + 1;
            while (end < limit && (char.IsLetterOrDigit(text[end]) || text[end] is ':' or '-' or '_' or '.'))
            {
                end++;
            }

            return end > open + 1 ? text[(open + 1)..end] : null;
        }

        return null;
    }

    private static bool FirstLineIsJsonObject(string text, int start)
    {
        var newline = text.IndexOf('\n', start);
        var line = newline < 0 ? text[start..] : text[start..newline];
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"<(?:!doctype\s+html|html|head|body|p|div|article|br|h[1-6]|title)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();
}

using System.Text;
using AngleSharp.Dom;

namespace Storyline.Core.Extraction.Metadata;

/// <summary>Whitespace and entity clean-up shared by the metadata finders.</summary>
public static class MetadataText
{
    /// <summary>Decodes entities, collapses runs of whitespace (including no-break spaces) and trims; null when empty.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var decoded = text.Contains('&') ? System.Net.WebUtility.HtmlDecode(text) : text;
        var builder = new StringBuilder(decoded.Length);
        var pendingSpace = false;
        foreach (var character in decoded)
        {
            if (char.IsWhiteSpace(character) || character == '\u200b')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character);
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    /// <summary>A comparison key: cleaned, lower-cased, with typographic quotes and dashes folded.</summary>
    public static string Key(string? text)
    {
        var cleaned = Clean(text);
        if (cleaned is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(cleaned.Length);
        foreach (var character in cleaned)
        {
            builder.Append(character switch
            {
                '‘' or '’' or '‚' or '′' => '\'',
                '“' or '”' or '„' or '″' => '"',
                '–' or '—' or '‐' or '−' => '-',
                _ => char.ToLowerInvariant(character),
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// The element's text without script or style contents, or null as soon as it exceeds
    /// <paramref name="maxLength"/>: bylines and datelines are short, and building the text of a large
    /// container only to reject it would make the scan quadratic in page size.
    /// </summary>
    public static string? BoundedText(IElement element, int maxLength)
    {
        var builder = new StringBuilder();
        var pending = new Stack<INode>();
        pending.Push(element);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is IText text)
            {
                builder.Append(text.Data);
                if (builder.Length > maxLength)
                {
                    return null;
                }

                continue;
            }

            if (node is IElement { TagName: "SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE" })
            {
                continue;
            }

            if (node is IElement && builder.Length > 0)
            {
                // "<a>Jane Doe</a><time>Monday</time>" is two words, not "Jane DoeMonday"; Clean collapses the extra spaces.
                builder.Append(' ');
            }

            var children = node.ChildNodes;
            for (var index = children.Length - 1; index >= 0; index--)
            {
                pending.Push(children[index]);
            }
        }

        return builder.ToString();
    }
}

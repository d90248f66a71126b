using System.Text;

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
}

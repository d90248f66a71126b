using System.Collections.Immutable;

namespace Storyline.Core.Extraction.Metadata;

/// <summary>
/// Splits page titles such as "Headline | The Outlet" or "Outlet - Section - Headline" at the
/// separators sites put between the headline and their own name.
/// </summary>
public static class TitleSplitter
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " / ", " _ ", "_", " ｜ "];

    public static ImmutableArray<string> Segments(string title)
    {
        var segments = new List<string> { title };
        foreach (var separator in Separators)
        {
            var next = new List<string>();
            foreach (var segment in segments)
            {
                // A lone "_" inside a word (snake_case) is not a separator; only split it in titles that use it between CJK or spaced text.
                if (separator == "_" && !segment.Contains(" _", StringComparison.Ordinal) && !ContainsCjk(segment))
                {
                    next.Add(segment);
                    continue;
                }

                next.AddRange(segment.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }

            segments = next;
        }

        return [.. segments.Where(segment => segment.Length > 0)];
    }

    private static bool ContainsCjk(string text)
    {
        foreach (var character in text)
        {
            if (character is >= '\u3040' and <= '\u9fff')
            {
                return true;
            }
        }

        return false;
    }
}

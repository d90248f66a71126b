using System.Collections.Immutable;

namespace Storyline.Store.Search;

/// <summary>
/// FTS5's snippet() wraps matches in marker strings; these are control characters that extracted
/// article text never holds, and the snippet is cut at them into plain-text segments.
/// </summary>
internal static class SnippetMarkers
{
    public const char Open = '\u0002';
    public const char Close = '\u0003';

    public static ImmutableArray<SnippetSegment> Split(string snippet)
    {
        var segments = ImmutableArray.CreateBuilder<SnippetSegment>();
        var start = 0;
        var inMatch = false;
        for (var i = 0; i <= snippet.Length; i++)
        {
            var end = i == snippet.Length;
            if (!end && snippet[i] != Open && snippet[i] != Close)
            {
                continue;
            }

            if (i > start)
            {
                segments.Add(new SnippetSegment(snippet[start..i], inMatch));
            }

            if (!end)
            {
                inMatch = snippet[i] == Open;
            }

            start = i + 1;
        }

        return segments.ToImmutable();
    }
}

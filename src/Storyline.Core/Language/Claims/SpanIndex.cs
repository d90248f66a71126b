using Storyline.Core.Model;

namespace Storyline.Core.Language.Claims;

/// <summary>Annotations in text order, found by range with a binary search instead of a scan per figure.</summary>
internal static class SpanIndex
{
    /// <summary>The annotations that start inside <paramref name="range"/>; <paramref name="items"/> must be in text order.</summary>
    public static IEnumerable<T> Within<T>(IReadOnlyList<T> items, TextRange range)
        where T : Annotation
    {
        var low = 0;
        var high = items.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (items[middle].Range.Start < range.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < items.Count && items[i].Range.Start < range.End; i++)
        {
            yield return items[i];
        }
    }

    /// <summary>Characters between two ranges; 0 when they overlap.</summary>
    public static int Distance(TextRange a, TextRange b) =>
        a.Overlaps(b) ? 0 : a.End <= b.Start ? b.Start - a.End : a.Start - b.End;
}

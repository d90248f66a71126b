namespace Storyline.Core.Stories;

/// <summary>
/// The word shingles of a text as 64-bit hashes: every run of <see cref="Width"/> consecutive
/// lowercase words. Punctuation, case and spacing are ignored, so a re-wrapped or re-punctuated
/// copy of a text has the same shingles.
/// </summary>
public static class Shingles
{
    public const int Width = 5;

    /// <summary>The distinct shingle hashes of <paramref name="text"/>; a text shorter than the width gives one shingle of all its words.</summary>
    public static HashSet<ulong> Of(ReadOnlySpan<char> text)
    {
        var shingles = new HashSet<ulong>();
        Span<ulong> window = stackalloc ulong[Width];
        var words = 0;
        foreach (var (start, length) in new WordSpans(text))
        {
            window[words % Width] = WordHash(text.Slice(start, length));
            words++;
            if (words >= Width)
            {
                shingles.Add(Combine(window, words));
            }
        }

        if (words is > 0 and < Width)
        {
            shingles.Add(Combine(window[..words], words));
        }

        return shingles;
    }

    private static ulong Combine(ReadOnlySpan<ulong> window, int words)
    {
        // Read the ring buffer oldest word first, so the hash depends on word order.
        var hash = 0xcbf29ce484222325UL;
        for (var i = 0; i < window.Length; i++)
        {
            hash = Mix(hash ^ window[(words + i) % window.Length]);
        }

        return hash;
    }

    private static ulong WordHash(ReadOnlySpan<char> word)
    {
        var hash = 0xcbf29ce484222325UL;
        foreach (var c in word)
        {
            hash ^= char.ToLowerInvariant(c);
            hash *= 0x100000001b3UL;
        }

        return hash;
    }

    /// <summary>SplitMix64's finaliser: a fast, well-spread 64-bit mix.</summary>
    internal static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9UL;
        value = (value ^ (value >> 27)) * 0x94d049bb133111ebUL;
        return value ^ (value >> 31);
    }
}

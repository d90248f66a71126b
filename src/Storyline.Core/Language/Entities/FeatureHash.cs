namespace Storyline.Core.Language.Entities;

/// <summary>
/// Stable 64-bit hashing of feature parts. Features are never built as strings: a feature key is
/// its template number mixed with the hashes of the words, shapes or affixes it looks at. The hash
/// must not change between runs (string.GetHashCode does), or a saved model would stop matching.
/// </summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = FnvOffset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return Finish(hash);
    }

    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        var hash = FnvOffset;
        foreach (var c in text)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * FnvPrime;
        }

        return Finish(hash);
    }

    /// <summary>
    /// Lowercase hashes of the first and last 1..n characters of a word, in one pass each way
    /// (n is the spans' length, at most the word's).
    /// </summary>
    public static void OfAffixes(ReadOnlySpan<char> word, Span<ulong> prefixes, Span<ulong> suffixes)
    {
        var hash = FnvOffset;
        for (var k = 0; k < prefixes.Length; k++)
        {
            hash = (hash ^ char.ToLowerInvariant(word[k])) * FnvPrime;
            prefixes[k] = Finish(hash ^ 0x9F1);
        }

        hash = FnvOffset;
        for (var k = 0; k < suffixes.Length; k++)
        {
            hash = (hash ^ char.ToLowerInvariant(word[word.Length - 1 - k])) * FnvPrime;
            suffixes[k] = Finish(hash ^ 0x5F2);
        }
    }

    public static ulong Mix(ulong a, ulong b) => Finish(a * 0x9E3779B97F4A7C15 ^ (b + 0x632BE59BD9B4E019));

    public static ulong Mix(ulong a, ulong b, ulong c) => Mix(Mix(a, b), c);

    /// <summary>A key that is never zero, because zero marks an empty slot in <see cref="FeatureTable"/>.</summary>
    public static ulong Key(ulong hash) => hash == 0 ? 1 : hash;

    private static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}

namespace Storyline.Core.Stories;

/// <summary>
/// Turns text into the content terms that tell stories apart: lowercase words, without function
/// words, reporting vocabulary (Resources/story-stopwords.txt) or bare numbers, with plural endings
/// folded ("floods" and "flood" count as one term). Stateless and thread-safe.
/// </summary>
public sealed class StoryTerms
{
    private const int MaxTermLength = 40;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopwords;

    private StoryTerms(HashSet<string> stopwords)
    {
        _stopwords = stopwords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static StoryTerms Default { get; } = Load();

    /// <summary>Adds each content term of <paramref name="text"/> to <paramref name="counts"/>, <paramref name="weight"/> times.</summary>
    public void Count(ReadOnlySpan<char> text, Dictionary<string, int> counts, int weight = 1)
    {
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[MaxTermLength];
        foreach (var (start, length) in new WordSpans(text))
        {
            if (length < 2 || length > MaxTermLength)
            {
                continue;
            }

            var word = text.Slice(start, length);
            if (IsNumber(word))
            {
                continue;
            }

            var lower = buffer[..length];
            word.ToLowerInvariant(lower);
            if (_stopwords.Contains(lower))
            {
                continue;
            }

            var term = Stem(lower);
            if (term.Length < 2 || _stopwords.Contains(term))
            {
                continue;
            }

            lookup[term] = lookup.TryGetValue(term, out var count) ? count + weight : weight;
        }
    }

    /// <summary>Folds English plural endings: "cities" to "city", "floods" to "flood"; leaves "glass", "virus", "crisis".</summary>
    internal static ReadOnlySpan<char> Stem(Span<char> word)
    {
        if (word.Length > 4 && word.EndsWith("ies"))
        {
            word[^3] = 'y';
            return word[..^2];
        }

        if (word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i'))
        {
            return word[..^1];
        }

        return word;
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static StoryTerms Load()
    {
        using var reader = EmbeddedResource.Open("story-stopwords.txt");
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            foreach (var word in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                // Stopwords are matched before and after stemming, so list their apostrophe-free parts too.
                foreach (var part in word.Split('\''))
                {
                    if (part.Length > 1)
                    {
                        words.Add(part);
                    }
                }
            }
        }

        return new StoryTerms(words);
    }
}

namespace Storyline.Eval.Rouge;

/// <summary>
/// A summary cut to the length limit and tokenised the way ROUGE-1.5.5 does before counting:
/// <see cref="Words"/> is the whole text for n-grams and skip bigrams (readText + createNGram),
/// <see cref="Units"/> the per-sentence tokens for ROUGE-L (readText_LCS + tokenizeText_LCS).
/// </summary>
public sealed record RougeTokens(IReadOnlyList<string> Words, IReadOnlyList<IReadOnlyList<string>> Units)
{
    public static RougeTokens From(RougeSummary summary, RougeOptions options, Func<string, string> stem)
    {
        var text = LimitJoined(summary.Sentences, options.WordLimit, options.ByteLimit);
        var words = text is null ? [] : Tokenize(text, options, stem);
        var units = LimitUnits(summary.Sentences, options.WordLimit, options.ByteLimit)
            .Select(unit => (IReadOnlyList<string>)Tokenize(unit, options, stem))
            .ToList();
        return new RougeTokens(words, units);
    }

    /// <summary>
    /// After ROUGE's clean-up (hyphens split off, everything but [A-Za-z0-9-] to spaces) a token is a
    /// run of ASCII letters and digits, or a lone hyphen that createNGram then drops because it does
    /// not start with [a-z0-9$]. Stopwords are removed before stemming; only words longer than three
    /// characters are stemmed.
    /// </summary>
    internal static List<string> Tokenize(string text, RougeOptions options, Func<string, string> stem)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
            }

            var word = text[start..i];
            if (options.Stopwords is { } stopwords && stopwords.Contains(word))
            {
                continue;
            }

            tokens.Add(options.Stem && word.Length > 3 ? stem(word) : word);
        }

        return tokens;
    }

    /// <summary>readText: sentences joined by spaces, cut to the word or byte limit; null when nothing is left.</summary>
    internal static string? LimitJoined(IReadOnlyList<string> sentences, int wordLimit, int byteLimit)
    {
        if (wordLimit == 0 && byteLimit == 0)
        {
            return string.Join(' ', sentences);
        }

        var text = new System.Text.StringBuilder();
        var length = 0;
        foreach (var sentence in sentences)
        {
            if (wordLimit != 0)
            {
                var words = PerlSplit(sentence);
                if (length + words.Count < wordLimit)
                {
                    if (length != 0) text.Append(' ');
                    text.Append(sentence);
                    length += words.Count;
                    continue;
                }

                if (length > 0) text.Append(' ');
                text.AppendJoin(' ', words.Take(wordLimit - length));
                break;
            }

            if (length + sentence.Length < byteLimit)
            {
                if (length != 0) text.Append(' ');
                text.Append(sentence);
                length += sentence.Length;
                continue;
            }

            if (length > 0) text.Append(' ');
            text.Append(sentence.AsSpan(0, byteLimit - length));
            break;
        }

        return text.Length > 0 ? text.ToString() : null;
    }

    /// <summary>
    /// readText_LCS: the same cut, sentence by sentence. Its byte branch never adds up the bytes
    /// already taken, so each sentence is compared with the limit on its own; kept for fidelity.
    /// </summary>
    internal static List<string> LimitUnits(IReadOnlyList<string> sentences, int wordLimit, int byteLimit)
    {
        if (wordLimit == 0 && byteLimit == 0)
        {
            return [.. sentences];
        }

        var units = new List<string>();
        var length = 0;
        foreach (var sentence in sentences)
        {
            if (wordLimit != 0)
            {
                var words = PerlSplit(sentence);
                if (length + words.Count < wordLimit)
                {
                    length += words.Count;
                    units.Add(sentence);
                    continue;
                }

                units.Add(string.Join(' ', words.Take(wordLimit - length)));
                break;
            }

            if (sentence.Length < byteLimit)
            {
                units.Add(sentence);
                continue;
            }

            units.Add(sentence[..byteLimit]);
            break;
        }

        return units;
    }

    /// <summary>Perl's <c>split(/\s+/, $s)</c>: a leading empty field is kept, trailing ones dropped.</summary>
    internal static List<string> PerlSplit(string text)
    {
        var fields = new List<string>();
        var i = 0;
        var start = 0;
        while (i < text.Length)
        {
            if (IsPerlSpace(text[i]))
            {
                var end = i;
                while (i < text.Length && IsPerlSpace(text[i])) i++;
                fields.Add(text[start..end]);
                start = i;
            }
            else
            {
                i++;
            }
        }

        fields.Add(text[start..]);
        while (fields.Count > 0 && fields[^1].Length == 0)
        {
            fields.RemoveAt(fields.Count - 1);
        }

        return fields;
    }

    private static bool IsPerlSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';
}

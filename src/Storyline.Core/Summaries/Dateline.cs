namespace Storyline.Core.Summaries;

/// <summary>
/// The dateline a wire report opens its first sentence with ("CHICAGO, Jan 6 (Reuters) - ",
/// "PAHOA, Hawaii (AP) — ", "WASHINGTON -- ", "BHUBANESWAR: "): where the story was filed, not what happened, so a
/// summary quotes the sentence from after it. Recognised by shape alone: an all-capitals first word,
/// at most <see cref="MaxWords"/> words that each start with a capital, a digit or a bracket (or join
/// a place name: "of", "de"), then a spaced dash; or one all-capitals word and a colon. One pass over at most the first
/// <see cref="MaxLength"/> characters.
/// </summary>
public static class Dateline
{
    private const int MaxLength = 80;
    private const int MaxWords = 10;

    /// <summary>How many leading characters of <paramref name="sentence"/> are a dateline and its dash (0 if none).</summary>
    public static int Length(ReadOnlySpan<char> sentence)
    {
        var window = sentence[..Math.Min(sentence.Length, MaxLength)];
        var words = 0;
        var i = 0;
        while (i < window.Length)
        {
            while (i < window.Length && char.IsWhiteSpace(window[i]))
            {
                i++;
            }

            var start = i;
            while (i < window.Length && !char.IsWhiteSpace(window[i]))
            {
                i++;
            }

            var word = window[start..i];
            if (word.IsEmpty)
            {
                return 0;
            }

            if (IsDash(word))
            {
                // A dash needs a place before it and the sentence after it.
                return words > 0 ? AfterSpaces(sentence, i) : 0;
            }

            words++;
            if (words == 1 && word.Length > 1 && word[^1] == ':' && IsAllCapitals(word[..^1]))
            {
                // "BHUBANESWAR: At least 38 people died": the colon form of a dateline.
                return AfterSpaces(sentence, i);
            }

            if (words > MaxWords || !(words == 1 ? IsAllCapitals(word) : IsPlaceOrAgencyWord(word)))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>Where the sentence goes on after position <paramref name="i"/>, or 0 if nothing follows.</summary>
    private static int AfterSpaces(ReadOnlySpan<char> sentence, int i)
    {
        while (i < sentence.Length && char.IsWhiteSpace(sentence[i]))
        {
            i++;
        }

        return i < sentence.Length ? i : 0;
    }

    private static bool IsDash(ReadOnlySpan<char> word) =>
        word is "-" or "--" or "\u2014" or "\u2013" or "\u2015";

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (c is not (',' or '.' or '\''))
            {
                return false;
            }
        }

        return letters >= 2;
    }

    private static bool IsPlaceOrAgencyWord(ReadOnlySpan<char> word) =>
        char.IsUpper(word[0]) || char.IsDigit(word[0]) || word[0] == '(' || IsPlaceNameConnector(word);

    /// <summary>"Democratic Republic of Congo", "Rio de Janeiro": the lowercase words place names carry.</summary>
    private static bool IsPlaceNameConnector(ReadOnlySpan<char> word) =>
        word is "of" or "de" or "del" or "da" or "do" or "dos" or "du" or "la" or "le" or "el" or "al";
}

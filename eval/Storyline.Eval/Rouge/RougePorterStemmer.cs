using System.Text.RegularExpressions;

namespace Storyline.Eval.Rouge;

/// <summary>
/// The Porter (1980) stemmer as ROUGE-1.5.5 ships it: Martin Porter's Perl release 1 with Chin-Yew
/// Lin's 2004 change to step 4 (-ement is tried before -ment and -ent, then -ment and -ent are tried
/// again on the result, and -ion only when the word does not end in -ent). The patterns are the
/// Perl ones, so leftmost-match behaviour is the same. ROUGE also looks words up in a WordNet 2.0
/// exception table before stemming; that table is not part of this port (see docs/evaluation.md).
/// Not thread-safe: each scorer owns one and memoises its stems.
/// </summary>
public sealed partial class RougePorterStemmer
{
    private const string Consonant = "[^aeiou]";
    private const string Vowel = "[aeiouy]";
    private const string ConsonantRun = Consonant + "[^aeiouy]*";
    private const string VowelRun = Vowel + "[aeiou]*";
    private const string MeasureAbove0 = "^(" + ConsonantRun + ")?" + VowelRun + ConsonantRun;
    private const string MeasureIs1 = "^(" + ConsonantRun + ")?" + VowelRun + ConsonantRun + "(" + VowelRun + ")?$";
    private const string MeasureAbove1 = "^(" + ConsonantRun + ")?" + VowelRun + ConsonantRun + VowelRun + ConsonantRun;
    private const string HasVowel = "^(" + ConsonantRun + ")?" + Vowel;
    private const string ShortSyllable = "^" + ConsonantRun + Vowel + "[^aeiouwxy]$";

    private static readonly Dictionary<string, string> Step2 = new(StringComparer.Ordinal)
    {
        ["ational"] = "ate", ["tional"] = "tion", ["enci"] = "ence", ["anci"] = "ance", ["izer"] = "ize", ["bli"] = "ble",
        ["alli"] = "al", ["entli"] = "ent", ["eli"] = "e", ["ousli"] = "ous", ["ization"] = "ize", ["ation"] = "ate",
        ["ator"] = "ate", ["alism"] = "al", ["iveness"] = "ive", ["fulness"] = "ful", ["ousness"] = "ous", ["aliti"] = "al",
        ["iviti"] = "ive", ["biliti"] = "ble", ["logi"] = "log",
    };

    private static readonly Dictionary<string, string> Step3 = new(StringComparer.Ordinal)
    {
        ["icate"] = "ic", ["ative"] = "", ["alize"] = "al", ["iciti"] = "ic", ["ical"] = "ic", ["ful"] = "", ["ness"] = "",
    };

    private readonly Dictionary<string, string> memo = new(StringComparer.Ordinal);

    public string Stem(string word)
    {
        if (!memo.TryGetValue(word, out var stem))
        {
            stem = StemUncached(word);
            memo[word] = stem;
        }

        return stem;
    }

    public static string StemUncached(string word)
    {
        var w = word;
        if (w.Length < 3)
        {
            return w;
        }

        var initialY = w[0] == 'y';
        if (initialY)
        {
            w = "Y" + w[1..];
        }

        // Step 1a
        Match m;
        if ((m = SsOrIes().Match(w)).Success) w = w[..m.Index] + m.Groups[1].Value;
        else if ((m = PluralS().Match(w)).Success) w = w[..m.Index] + m.Groups[1].Value;

        // Step 1b
        if ((m = Eed().Match(w)).Success)
        {
            if (M0().IsMatch(w[..m.Index])) w = w[..^1];
        }
        else if ((m = EdOrIng().Match(w)).Success)
        {
            var stem = w[..m.Index];
            if (Vowelled().IsMatch(stem))
            {
                w = stem;
                if (AtBlIz().IsMatch(w)) w += "e";
                else if (DoubleConsonant().IsMatch(w)) w = w[..^1];
                else if (Cvc().IsMatch(w)) w += "e";
            }
        }

        // Step 1c
        if ((m = FinalY().Match(w)).Success)
        {
            var stem = w[..m.Index];
            if (Vowelled().IsMatch(stem)) w = stem + "i";
        }

        // Step 2
        if ((m = Step2Suffix().Match(w)).Success)
        {
            var stem = w[..m.Index];
            if (M0().IsMatch(stem)) w = stem + Step2[m.Groups[1].Value];
        }

        // Step 3
        if ((m = Step3Suffix().Match(w)).Success)
        {
            var stem = w[..m.Index];
            if (M0().IsMatch(stem)) w = stem + Step3[m.Groups[1].Value];
        }

        // Step 4, with Lin's change
        if ((m = Step4Suffix().Match(w)).Success)
        {
            var stem = w[..m.Index];
            if (M1().IsMatch(stem)) w = stem;
        }

        if ((m = Ment().Match(w)).Success)
        {
            var stem = w[..m.Index];
            if (M1().IsMatch(stem)) w = stem;
        }

        if ((m = Ent().Match(w)).Success)
        {
            var stem = w[..m.Index];
            if (M1().IsMatch(stem)) w = stem;
        }
        else if ((m = SionTion().Match(w)).Success)
        {
            var stem = w[..m.Index] + m.Groups[1].Value;
            if (M1().IsMatch(stem)) w = stem;
        }

        // Step 5
        if ((m = FinalE().Match(w)).Success)
        {
            var stem = w[..m.Index];
            if (M1().IsMatch(stem) || (Meq1().IsMatch(stem) && !Cvc().IsMatch(stem))) w = stem;
        }

        if (DoubleL().IsMatch(w) && M1().IsMatch(w)) w = w[..^1];

        if (initialY)
        {
            w = "y" + w[1..];
        }

        return w;
    }

    [GeneratedRegex("(ss|i)es$")] private static partial Regex SsOrIes();
    [GeneratedRegex("([^s])s$")] private static partial Regex PluralS();
    [GeneratedRegex("eed$")] private static partial Regex Eed();
    [GeneratedRegex("(ed|ing)$")] private static partial Regex EdOrIng();
    [GeneratedRegex("(at|bl|iz)$")] private static partial Regex AtBlIz();
    [GeneratedRegex(@"([^aeiouylsz])\1$")] private static partial Regex DoubleConsonant();
    [GeneratedRegex("y$")] private static partial Regex FinalY();
    [GeneratedRegex("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$")] private static partial Regex Step2Suffix();
    [GeneratedRegex("(icate|ative|alize|iciti|ical|ful|ness)$")] private static partial Regex Step3Suffix();
    [GeneratedRegex("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$")] private static partial Regex Step4Suffix();
    [GeneratedRegex("ment$")] private static partial Regex Ment();
    [GeneratedRegex("ent$")] private static partial Regex Ent();
    [GeneratedRegex("(s|t)(ion)$")] private static partial Regex SionTion();
    [GeneratedRegex("e$")] private static partial Regex FinalE();
    [GeneratedRegex("ll$")] private static partial Regex DoubleL();
    [GeneratedRegex(MeasureAbove0)] private static partial Regex M0();
    [GeneratedRegex(MeasureIs1)] private static partial Regex Meq1();
    [GeneratedRegex(MeasureAbove1)] private static partial Regex M1();
    [GeneratedRegex(HasVowel)] private static partial Regex Vowelled();
    [GeneratedRegex(ShortSyllable)] private static partial Regex Cvc();
}

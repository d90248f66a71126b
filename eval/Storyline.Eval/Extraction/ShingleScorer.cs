using System.Globalization;
using System.Text;

namespace Storyline.Eval.Extraction;

/// <summary>
/// The scrapinghub article-extraction-benchmark metric (evaluate.py): tokens are runs of word
/// characters (Python's Unicode <c>\w+</c>), shingles are 4-grams of consecutive tokens counted as a
/// multiset, and each page's TP/FP/FN is normalised by their sum.
/// </summary>
public static class ShingleScorer
{
    public const int ShingleSize = 4;

    public static ShingleMatch Match(string gold, string predicted)
    {
        var goldShingles = Shingles(gold);
        var predictedShingles = Shingles(predicted);
        double truePositive = 0, falsePositive = 0, falseNegative = 0;
        foreach (var (shingle, goldCount) in goldShingles)
        {
            var predictedCount = predictedShingles.GetValueOrDefault(shingle);
            truePositive += Math.Min(goldCount, predictedCount);
            falseNegative += Math.Max(0, goldCount - predictedCount);
        }

        foreach (var (shingle, predictedCount) in predictedShingles)
        {
            falsePositive += Math.Max(0, predictedCount - goldShingles.GetValueOrDefault(shingle));
        }

        var sum = truePositive + falsePositive + falseNegative;
        return sum > 0
            ? new ShingleMatch(truePositive / sum, falsePositive / sum, falseNegative / sum)
            : new ShingleMatch(0, 0, 0);
    }

    /// <summary>
    /// The text's 4-gram shingles with their counts, keyed by the tokens joined with a separator no
    /// token can contain. A text of fewer than four tokens yields one shorter shingle (none if empty).
    /// </summary>
    public static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokenize(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = Math.Max(1, tokens.Count - ShingleSize + 1);
        var key = new StringBuilder();
        for (var i = 0; i < count && i < tokens.Count; i++)
        {
            key.Clear();
            for (var j = i; j < Math.Min(i + ShingleSize, tokens.Count); j++)
            {
                key.Append(tokens[j]).Append(' ');
            }

            var shingle = key.ToString();
            shingles[shingle] = shingles.GetValueOrDefault(shingle) + 1;
        }

        return shingles;
    }

    /// <summary>Runs of word characters, case kept.</summary>
    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var start = -1;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                if (start < 0)
                {
                    start = index;
                }
            }
            else if (start >= 0)
            {
                tokens.Add(text[start..index]);
                start = -1;
            }

            index += rune.Utf16SequenceLength;
        }

        if (start >= 0)
        {
            tokens.Add(text[start..]);
        }

        return tokens;
    }

    /// <summary>
    /// Python's <c>\w</c> for str patterns: alphanumerics (letters and anything with a numeric value)
    /// plus the underscore. Unlike .NET's <c>\w</c> it excludes combining marks and connector punctuation.
    /// </summary>
    public static bool IsWordRune(Rune rune)
    {
        if (rune.Value == '_')
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }
}

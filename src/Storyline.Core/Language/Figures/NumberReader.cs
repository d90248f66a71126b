using System.Globalization;
using Storyline.Core.Model;
using static Storyline.Core.Language.Tokens.TokenText;

namespace Storyline.Core.Language.Figures;

/// <summary>
/// Reads one number starting at a token: digits ("27,419", "1.2m", "$1.5bn" after the symbol,
/// "50-90"), digits with a scale word ("2 million"), number words ("twenty-five", "two hundred
/// thousand", "a dozen", "half a million"), fractions ("two thirds of") and vague phrases ("tens of
/// thousands", "several hundred", "dozens of"). Everything else (dates, ordinals, clock times,
/// decades, codes) is refused.
/// </summary>
public sealed class NumberReader(FigureLexicon lexicon)
{
    private const int MaxNumberWords = 12;

    public bool TryRead(string text, IReadOnlyList<Token> tokens, int index, int limit, out NumberReading reading)
    {
        var token = tokens[index];
        if (token.Kind == TokenKind.Number)
        {
            return TryReadDigits(text, tokens, index, limit, out reading);
        }

        return TryReadCurrencyPrefixed(text, tokens, index, out reading)
            || TryReadMinusGlued(text, tokens, index, out reading)
            || TryReadBoundGlued(text, tokens, index, out reading)
            || TryReadWords(text, tokens, index, limit, out reading);
    }

    /// <summary>"minus-5", "minus-1.4": a negative number written as one hyphenated word.</summary>
    private bool TryReadMinusGlued(string text, IReadOnlyList<Token> tokens, int index, out NumberReading reading)
    {
        reading = default;
        var word = text.AsSpan(tokens[index].Range.Start, tokens[index].Range.Length);
        const string Minus = "minus-";
        if (!word.StartsWith(Minus, StringComparison.OrdinalIgnoreCase)
            || !TryParseDigitToken(word[Minus.Length..], out var value, out var step, out var rangeHigh, out var hyphenWord, out var gluedUnit)
            || rangeHigh is not null)
        {
            return false;
        }

        reading = new NumberReading(index, index + 1, -value, step, HyphenWord: hyphenWord, GluedUnit: gluedUnit);
        return true;
    }

    /// <summary>"sub-7", "sub-$100"-style words: a bound from the bound table glued to the digits with a hyphen.</summary>
    private bool TryReadBoundGlued(string text, IReadOnlyList<Token> tokens, int index, out NumberReading reading)
    {
        reading = default;
        var word = text.AsSpan(tokens[index].Range.Start, tokens[index].Range.Length);
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0 || hyphen + 1 >= word.Length || !char.IsAsciiDigit(word[hyphen + 1]) || !lexicon.BoundsBefore.ContainsKey(word[..hyphen].ToString())
            || !TryParseDigitToken(word[(hyphen + 1)..], out var value, out var step, out var rangeHigh, out var hyphenWord, out var gluedUnit)
            || rangeHigh is not null)
        {
            return false;
        }

        reading = new NumberReading(index, index + 1, value, step, HyphenWord: hyphenWord, GluedUnit: gluedUnit, GluedBound: word[..hyphen].ToString().ToLowerInvariant());
        return true;
    }

    /// <summary>
    /// A currency code glued to its amount in one token: "USD10m", "RM23.50", and "$US55,931,000"
    /// (where the tokenizer has split off the "$").
    /// </summary>
    private bool TryReadCurrencyPrefixed(string text, IReadOnlyList<Token> tokens, int index, out NumberReading reading)
    {
        reading = default;
        var word = text.AsSpan(tokens[index].Range.Start, tokens[index].Range.Length);
        var digit = word.IndexOfAnyInRange('0', '9');
        if (digit is <= 0 or > 3)
        {
            return false;
        }

        var prefix = word[..digit].ToString();
        var dollarBefore = index > 0 && tokens[index - 1].Range.End == tokens[index].Range.Start && text[tokens[index - 1].Range.Start] == '$';
        var transliterated = false;
        if (!(dollarBefore && lexicon.UnitsBefore.TryGetValue("$" + prefix, out var unit)) && !lexicon.UnitsBefore.TryGetValue(prefix, out unit)
            && !(transliterated = lexicon.UnitsGlued.TryGetValue(prefix, out unit)))
        {
            return false;
        }

        if (!TryParseDigitToken(word[digit..], out var value, out var step, out var rangeHigh, out var hyphenWord, out var gluedUnit)
            || hyphenWord is not null || gluedUnit is not null)
        {
            return false;
        }

        // "PS4", "PS5": a letter prefix before a lone digit names a model, not an amount.
        if (transliterated && word.Length - digit == 1)
        {
            return false;
        }

        reading = new NumberReading(dollarBefore ? index - 1 : index, index + 1, value, step, RangeHigh: rangeHigh, GluedUnit: unit);
        return true;
    }

    private bool TryReadDigits(string text, IReadOnlyList<Token> tokens, int index, int limit, out NumberReading reading)
    {
        reading = default;
        var word = tokens[index].Range.Of(text);
        if (TryReadSlashFraction(text, tokens, index, limit, out reading))
        {
            return true;
        }

        if (!TryParseDigitToken(word, out var value, out var step, out var rangeHigh, out var hyphenWord, out var gluedUnit))
        {
            return false;
        }

        var end = index + 1;
        while (hyphenWord is null && gluedUnit is null && end < limit && end - index <= 2 && TryScale(text, tokens[end], out var scale))
        {
            value *= scale;
            step *= scale;
            rangeHigh *= scale;
            end++;
        }

        // "400 million-year-old", "1.8 billion-mile": a scale glued to what it measures.
        if (hyphenWord is null && gluedUnit is null && end < limit && TryScaleWithTail(text, tokens[end], out var tailScale, out var tail))
        {
            value *= tailScale;
            step *= tailScale;
            rangeHigh *= tailScale;
            hyphenWord = tail;
            end++;
        }

        // ".001 per cent": a decimal written without its leading zero.
        if (index > 0 && text[tokens[index].Range.Start - 1] == '.' && tokens[index - 1].Range.End == tokens[index].Range.Start
            && tokens[index - 1].Range.Length == 1 && (index < 2 || tokens[index - 2].Kind != TokenKind.Number) && rangeHigh is null && step == 1)
        {
            var digits = tokens[index].Range.Length;
            value /= Math.Pow(10, digits);
            step = Math.Pow(10, -digits);
            index--;
        }

        reading = new NumberReading(index, end, value, step, HyphenWord: hyphenWord, RangeHigh: rangeHigh, GluedUnit: gluedUnit);
        return true;
    }

    /// <summary>
    /// "1/16 of a pint", "1 ⁄ 32 of a quart": a share written with a slash, read only before "of" so
    /// that "24/7" and "9/11" stay what they are.
    /// </summary>
    private static bool TryReadSlashFraction(string text, IReadOnlyList<Token> tokens, int index, int limit, out NumberReading reading)
    {
        reading = default;
        var word = text.AsSpan(tokens[index].Range.Start, tokens[index].Range.Length);
        int end;
        ReadOnlySpan<char> numerator, denominator;
        var slash = word.IndexOfAny('/', '⁄');
        if (slash > 0)
        {
            numerator = word[..slash];
            denominator = word[(slash + 1)..];
            end = index + 1;
        }
        else if (index + 2 < limit && IsAny(text, tokens[index + 1], "/", "⁄") && tokens[index + 2].Kind == TokenKind.Number
            && tokens[index].Range.End == tokens[index + 1].Range.Start && tokens[index + 1].Range.End == tokens[index + 2].Range.Start)
        {
            numerator = word;
            denominator = text.AsSpan(tokens[index + 2].Range.Start, tokens[index + 2].Range.Length);
            end = index + 3;
        }
        else
        {
            return false;
        }

        if (end >= limit || !Is(text, tokens[end], "of")
            || !int.TryParse(numerator, NumberStyles.None, CultureInfo.InvariantCulture, out var top)
            || !int.TryParse(denominator, NumberStyles.None, CultureInfo.InvariantCulture, out var bottom)
            || top <= 0 || bottom <= top)
        {
            return false;
        }

        reading = new NumberReading(index, end, (double)top / bottom, 0, Fraction: true);
        return true;
    }

    private bool TryScale(string text, Token token, out double scale)
    {
        scale = 0;
        if (token.Kind != TokenKind.Word
            || !lexicon.NumberWords.TryGetValue(text.AsSpan(token.Range.Start, token.Range.Length), out var numberWord))
        {
            return false;
        }

        if (numberWord.Role == NumberWordRole.Scale)
        {
            scale = numberWord.Value;
            return true;
        }

        if (numberWord.Role == NumberWordRole.Dozen)
        {
            scale = 12;
            return true;
        }

        return false;
    }

    private bool TryScaleWithTail(string text, Token token, out double scale, out string tail)
    {
        scale = 0;
        tail = "";
        var word = text.AsSpan(token.Range.Start, token.Range.Length);
        var hyphen = word.IndexOf('-');
        if (token.Kind != TokenKind.Word || hyphen <= 0 || hyphen == word.Length - 1
            || !lexicon.NumberWords.TryGetValue(word[..hyphen], out var head) || head.Role != NumberWordRole.Scale)
        {
            return false;
        }

        scale = head.Value;
        tail = word[(hyphen + 1)..].ToString().ToLowerInvariant();
        return true;
    }

    private bool TryReadWords(string text, IReadOnlyList<Token> tokens, int index, int limit, out NumberReading reading)
    {
        reading = default;
        if (TryReadVague(text, tokens, index, limit, out reading))
        {
            return true;
        }

        double total = 0, group = 0, smallestScale = 1;
        var end = index;
        var sawNumber = false;
        var sawFraction = false;
        double fractionPart = 0;
        for (var i = index; i < limit && i - index < MaxNumberWords; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                break;
            }

            var span = text.AsSpan(token.Range.Start, token.Range.Length);
            if (sawNumber && span.Equals("and", StringComparison.OrdinalIgnoreCase) && i + 1 < limit && IsNumberWord(text, tokens[i + 1]))
            {
                continue;
            }

            if (!TryWordValue(span, out var parts))
            {
                // "six-cylinder", "two-year-old": a number word glued to what it counts.
                if (!sawNumber && TryNumberWordWithTail(span, out var headValue, out var tail))
                {
                    reading = new NumberReading(index, i + 1, headValue, 1, HyphenWord: tail);
                    return true;
                }

                break;
            }

            // "a" and "an" are the number one only before a scale, "dozen" or a fraction ("a hundred", "a third").
            if (parts is [{ Role: NumberWordRole.Article }] && !(i + 1 < limit && IsMultiplierWord(text, tokens[i + 1])))
            {
                break;
            }

            var consumed = true;
            foreach (var part in parts)
            {
                if (part.Role == NumberWordRole.Article && sawNumber)
                {
                    consumed = false;
                    break;
                }

                if (part.Role == NumberWordRole.Fraction)
                {
                    sawFraction = true;
                    fractionPart = part.Value;
                    continue;
                }

                switch (part.Role)
                {
                    case NumberWordRole.Unit or NumberWordRole.Ten or NumberWordRole.Article:
                        group += part.Value;
                        break;
                    case NumberWordRole.Dozen:
                        group = Math.Max(group, 1) * 12;
                        break;
                    case NumberWordRole.Scale when part.Value < 1000:
                        group = Math.Max(group, 1) * part.Value;
                        smallestScale = part.Value;
                        break;
                    case NumberWordRole.Scale:
                        total += Math.Max(group, 1) * part.Value;
                        smallestScale = part.Value;
                        group = 0;
                        break;
                }
            }

            if (!consumed)
            {
                break;
            }

            sawNumber = true;
            end = i + 1;
            if (sawFraction)
            {
                break;
            }
        }

        if (!sawNumber)
        {
            return false;
        }

        if (sawFraction)
        {
            // A bare ordinal-like fraction word ("the final third") is not a figure; "half of" is.
            var counted = group > 0 || fractionPart == 0.5;
            return counted && TryReadFraction(text, tokens, index, end, limit, Math.Max(group, 1) * fractionPart, out reading);
        }

        var value = total + group;
        if (IsBareArticle(text, tokens, index, end) || IsBareDozen(text, tokens[index], end - index))
        {
            return false;
        }

        reading = new NumberReading(index, end, value, smallestScale);
        return value > 0 || end - index > 0;
    }

    /// <summary>"two thirds of", "a quarter of", "half a million".</summary>
    private bool TryReadFraction(string text, IReadOnlyList<Token> tokens, int index, int end, int limit, double share, out NumberReading reading)
    {
        reading = default;
        if (end < limit && Is(text, tokens[end], "of"))
        {
            reading = new NumberReading(index, end, share, 0, Fraction: true);
            return true;
        }

        // "half a million": the fraction scales the number that follows.
        if (end + 1 < limit && Is(text, tokens[end], "a") && TryScale(text, tokens[end + 1], out var scale) && scale >= 1000)
        {
            reading = new NumberReading(index, end + 2, share * scale, share * scale);
            return true;
        }

        return false;
    }

    /// <summary>"tens of thousands", "several hundred", "dozens of", "hundreds".</summary>
    private bool TryReadVague(string text, IReadOnlyList<Token> tokens, int index, int limit, out NumberReading reading)
    {
        reading = default;
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        var plainEnd = -1;
        var plainReading = default(VagueQuantity);
        for (var i = index; i < limit && i - index < 3; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || length + token.Range.Length + 1 > buffer.Length)
            {
                break;
            }

            if (length > 0)
            {
                buffer[length++] = ' ';
            }

            text.AsSpan(token.Range.Start, token.Range.Length).CopyTo(buffer[length..]);
            length += token.Range.Length;
            var phrase = buffer[..length].ToString();
            var next = i + 1;
            if (next < limit && (TryScale(text, tokens[next], out var scale) || TryPluralScale(text, tokens[next], out scale)) && scale >= 100
                && lexicon.Vague.TryGetValue(phrase + " +scale", out var scaled))
            {
                var vague = new VagueQuantity(scaled.Value * scale, scaled.Low * scale, scaled.High * scale);
                reading = new NumberReading(index, next + 1, vague.Value, scale, Vague: vague);
                return true;
            }

            // A plain reading waits until no longer phrase scales: "hundreds" gives way to "hundreds of thousands".
            if (plainEnd < 0 && lexicon.Vague.TryGetValue(phrase, out var plain))
            {
                plainReading = plain;
                plainEnd = next;
            }
        }

        if (plainEnd < 0)
        {
            return false;
        }

        reading = new NumberReading(index, plainEnd, plainReading.Value, plainReading.Value, Vague: plainReading);
        return true;
    }

    private bool IsMultiplierWord(string text, Token token) =>
        token.Kind == TokenKind.Word
        && lexicon.NumberWords.TryGetValue(text.AsSpan(token.Range.Start, token.Range.Length), out var word)
        && word.Role is NumberWordRole.Scale or NumberWordRole.Dozen or NumberWordRole.Fraction;

    private bool TryNumberWordWithTail(ReadOnlySpan<char> word, out double value, out string tail)
    {
        value = 0;
        tail = "";
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0 || hyphen == word.Length - 1 || !lexicon.NumberWords.TryGetValue(word[..hyphen], out var head)
            || head.Role is not (NumberWordRole.Unit or NumberWordRole.Ten) || !char.IsLetter(word[hyphen + 1]))
        {
            return false;
        }

        value = head.Value;
        tail = word[(hyphen + 1)..].ToString().ToLowerInvariant();
        return true;
    }

    /// <summary>"thousands" in "tens of thousands".</summary>
    private bool TryPluralScale(string text, Token token, out double scale)
    {
        scale = 0;
        var span = text.AsSpan(token.Range.Start, token.Range.Length);
        return token.Kind == TokenKind.Word && span.Length > 1 && span[^1] is 's'
            && lexicon.NumberWords.TryGetValue(span[..^1], out var word) && word.Role == NumberWordRole.Scale
            && (scale = word.Value) > 0;
    }

    private bool IsNumberWord(string text, Token token) =>
        token.Kind == TokenKind.Word && TryWordValue(text.AsSpan(token.Range.Start, token.Range.Length), out _);

    /// <summary>A number word, or a hyphenated pair of them ("twenty-five", "two-thirds").</summary>
    private bool TryWordValue(ReadOnlySpan<char> span, out NumberWord[] parts)
    {
        if (lexicon.NumberWords.TryGetValue(span, out var single))
        {
            parts = [single];
            return true;
        }

        var hyphen = span.IndexOf('-');
        if (hyphen > 0
            && lexicon.NumberWords.TryGetValue(span[..hyphen], out var left)
            && lexicon.NumberWords.TryGetValue(span[(hyphen + 1)..], out var right)
            && left.Role is NumberWordRole.Unit or NumberWordRole.Ten or NumberWordRole.Article
            && right.Role is NumberWordRole.Unit or NumberWordRole.Fraction)
        {
            parts = [left, right];
            return true;
        }

        parts = [];
        return false;
    }

    /// <summary>"a" or "an" alone is an article, not the number one.</summary>
    private bool IsBareArticle(string text, IReadOnlyList<Token> tokens, int index, int end) =>
        end - index == 1
        && lexicon.NumberWords.TryGetValue(text.AsSpan(tokens[index].Range.Start, tokens[index].Range.Length), out var word)
        && word.Role == NumberWordRole.Article;

    /// <summary>"a baker's dozen": "dozen" counts only after a number or an article.</summary>
    private bool IsBareDozen(string text, Token first, int length) =>
        length == 1 && lexicon.NumberWords.TryGetValue(text.AsSpan(first.Range.Start, first.Range.Length), out var word)
        && word.Role == NumberWordRole.Dozen;

    /// <summary>
    /// Parses one digit token: grouped integers and decimals, an optional multiplier suffix
    /// ("1.2m", "40k", "1.5bn"), a range ("50-90"), or a hyphenated word ("24-hour", "3,000-plus").
    /// Refuses dates, clock times, ordinals and decades.
    /// </summary>
    public bool TryParseDigitToken(
        ReadOnlySpan<char> token, out double value, out double step, out double? rangeHigh, out string? hyphenWord, out string? gluedUnit)
    {
        value = 0;
        step = 1;
        rangeHigh = null;
        hyphenWord = null;
        gluedUnit = null;
        var length = ScanNumber(token, out value, out step);
        if (length == 0)
        {
            return false;
        }

        var rest = token[length..];
        if (rest.IsEmpty)
        {
            return true;
        }

        if (lexicon.Suffixes.TryGetValue(rest, out var multiplier))
        {
            value *= multiplier;
            step *= multiplier;
            return true;
        }

        // A single capital letter after digits is a name ("5G", "4K"), not a unit, unless the suffix
        // table says otherwise ("40C").
        if (lexicon.UnitsSuffix.TryGetValue(rest.ToString(), out var suffixUnit))
        {
            gluedUnit = suffixUnit;
            return true;
        }

        if (!(rest.Length == 1 && char.IsUpper(rest[0])) && lexicon.UnitsAfter.TryGetValue(rest.ToString(), out var unit))
        {
            gluedUnit = unit;
            return true;
        }

        if (rest[0] is '-' or '–' && rest.Length > 1)
        {
            var after = rest[1..];
            if (char.IsAsciiDigit(after[0]))
            {
                var secondLength = ScanNumber(after, out var second, out _);
                var secondRest = after[secondLength..];
                if (second > value && (secondRest.IsEmpty || lexicon.UnitsAfter.TryGetValue(secondRest.ToString(), out gluedUnit)))
                {
                    rangeHigh = second;
                    return true;
                }

                return false;
            }

            if (char.IsLetter(after[0]) && !after.ContainsAnyExcept(LettersAndHyphen))
            {
                hyphenWord = after.ToString().ToLowerInvariant();
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> LettersAndHyphen =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-");

    /// <summary>Length of the leading number ("1,200", "3.5", "27,419"), its value and rounding step.</summary>
    private static int ScanNumber(ReadOnlySpan<char> token, out double value, out double step)
    {
        value = 0;
        step = 1;
        var i = 0;
        Span<char> digits = stackalloc char[Math.Min(token.Length, 40)];
        var count = 0;
        var decimals = -1;
        while (i < token.Length && count < digits.Length)
        {
            var c = token[i];
            if (char.IsAsciiDigit(c))
            {
                digits[count++] = c;
                if (decimals >= 0)
                {
                    decimals++;
                }

                i++;
            }
            else if (c == ',' && decimals < 0 && i > 0 && i + 3 <= token.Length && IsDigits(token.Slice(i + 1, Math.Min(3, token.Length - i - 1)), 2))
            {
                i++;
            }
            else if (c == '.' && decimals < 0 && i > 0 && i + 1 < token.Length && char.IsAsciiDigit(token[i + 1]))
            {
                digits[count++] = '.';
                decimals = 0;
                i++;
            }
            else
            {
                break;
            }
        }

        if (count == 0 || !double.TryParse(digits[..count], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return 0;
        }

        step = decimals > 0 ? Math.Pow(10, -decimals) : RoundingStep(value);
        return i;
    }

    private static bool IsDigits(ReadOnlySpan<char> span, int atLeast)
    {
        var n = 0;
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                break;
            }

            n++;
        }

        return n >= atLeast;
    }

    /// <summary>The power of ten an integer was rounded to: 1,200 → 100, 40,000 → 10,000, 48,213 → 1.</summary>
    public static double RoundingStep(double value)
    {
        if (value < 10 || value != Math.Floor(value))
        {
            return 1;
        }

        double step = 1;
        while (value % (step * 10) == 0 && step * 10 < value)
        {
            step *= 10;
        }

        return step;
    }
}

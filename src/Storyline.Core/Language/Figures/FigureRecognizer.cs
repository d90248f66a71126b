using System.Collections.Immutable;
using Storyline.Core.Model;
using static Storyline.Core.Language.Tokens.TokenText;

namespace Storyline.Core.Language.Figures;

/// <summary>
/// Finds the figures of a text and reads each as an interval with its bound, unit and direction.
/// One pass over the tokens: only number tokens and number words start a look-around, so the cost
/// is linear in the text. Numbers inside time expressions, years, ordinals and codes ("Big 12",
/// "Route 66") are not figures.
/// </summary>
public sealed class FigureRecognizer
{
    private const double ApproximationShare = 0.1;

    private readonly FigureLexicon _lexicon;
    private readonly NumberReader _numbers;

    public FigureRecognizer(FigureLexicon lexicon)
    {
        _lexicon = lexicon;
        _numbers = new NumberReader(lexicon);
    }

    public static FigureRecognizer Default { get; } = new(FigureLexicon.Default);

    /// <param name="excluded">Spans that hold no figures (time expressions), sorted by start.</param>
    public ImmutableArray<Figure> Recognize(
        string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<TextRange> excluded)
    {
        var figures = ImmutableArray.CreateBuilder<Figure>();
        var found = new List<FoundFigure>();
        var nextExcluded = 0;
        foreach (var sentence in sentences)
        {
            var limit = sentence.FirstToken + sentence.TokenCount;
            var i = sentence.FirstToken;
            found.Clear();
            while (i < limit)
            {
                var token = tokens[i];
                while (nextExcluded < excluded.Count && excluded[nextExcluded].End <= token.Range.Start)
                {
                    nextExcluded++;
                }

                // A bare four-digit "year" followed by a unit is a measure ("a 1520 sq m centre").
                if (nextExcluded < excluded.Count && excluded[nextExcluded].Overlaps(token.Range)
                    && !(excluded[nextExcluded] == token.Range && token.Kind == TokenKind.Number && StartsUnitAfter(text, tokens, i + 1, limit)))
                {
                    i++;
                    continue;
                }

                var skipTo = i + 1;
                if (IsTrigger(text, token) && _numbers.TryRead(text, tokens, i, limit, out var number))
                {
                    if (TryBuild(text, tokens, sentence.FirstToken, limit, number, out var figure, out var start, out var end, out var skip))
                    {
                        found.Add(new FoundFigure(figure, start, end));
                        skipTo = Math.Max(end, skipTo);
                    }
                    else
                    {
                        skipTo = Math.Max(skip, skipTo);
                    }
                }

                i = skipTo;
            }

            var merged = MergeRanges(text, tokens, sentence.FirstToken, found);
            InheritIntoConversions(text, tokens, merged);
            InheritIntoGaps(text, tokens, sentence.FirstToken, merged);
            foreach (var item in merged)
            {
                figures.Add(item.Figure);
            }
        }

        return figures.ToImmutable();
    }

    /// <summary>A figure with the tokens [First, End) it spans.</summary>
    private readonly record struct FoundFigure(Figure Figure, int First, int End);

    /// <summary>
    /// Joins two figures written as the ends of one range when each carries its own unit:
    /// "$200 to $4 million", "between 5% and 6%", "1 per cent to 1.5 per cent", "US $89 to $93 billion".
    /// </summary>
    private List<FoundFigure> MergeRanges(string text, IReadOnlyList<Token> tokens, int sentenceStart, List<FoundFigure> found)
    {
        var result = new List<FoundFigure>(found.Count);
        for (var k = 0; k < found.Count; k++)
        {
            var first = found[k];
            if (k + 1 < found.Count && TryMerge(text, tokens, sentenceStart, first, found[k + 1], out var merged))
            {
                result.Add(new FoundFigure(merged, TokenIndexAt(tokens, first.First, merged.Range.Start), found[k + 1].End));
                k++;
                continue;
            }

            result.Add(first);
        }

        return result;
    }

    private static int TokenIndexAt(IReadOnlyList<Token> tokens, int guess, int start)
    {
        var index = guess;
        while (index > 0 && tokens[index].Range.Start > start)
        {
            index--;
        }

        return index;
    }

    /// <summary>
    /// A conversion in brackets says the same thing in another unit, so it carries the bound and the
    /// direction of the figure it converts: "just under 296 hp (224 kW / 300 PS)" is below 224 kW too,
    /// "dropped by 1 to 1.5 degrees Celsius (1.8 to 2.7 Fahrenheit)" is a fall in both units.
    /// </summary>
    private void InheritIntoConversions(string text, IReadOnlyList<Token> tokens, List<FoundFigure> figures)
    {
        var chainRoot = -1;
        for (var k = 1; k < figures.Count; k++)
        {
            var previous = figures[k - 1];
            var current = figures[k];
            var opensBracket = false;
            var onlyJoiners = current.First > previous.End;
            for (var t = previous.End; t < current.First && onlyJoiners; t++)
            {
                opensBracket |= IsAny(text, tokens[t], "(", "[");
                onlyJoiners = IsAny(text, tokens[t], "(", "[", "/", ",", "or");
            }

            var root = opensBracket ? k - 1 : chainRoot;
            if (!onlyJoiners || root < 0 || !IsMeasureUnit(figures[root].Figure.Unit) || !IsMeasureUnit(current.Figure.Unit))
            {
                chainRoot = -1;
                continue;
            }

            chainRoot = root;
            figures[k] = current with { Figure = Converted(figures[root].Figure, current.Figure) };
        }
    }

    /// <summary>
    /// "Ross was down 2.3%, Burlington by 2.6%": a clause that leaves out its verb keeps the direction
    /// of the clause before it, when a name stands before "by" and both figures share a unit.
    /// </summary>
    private static void InheritIntoGaps(string text, IReadOnlyList<Token> tokens, int sentenceStart, List<FoundFigure> figures)
    {
        for (var k = 1; k < figures.Count; k++)
        {
            var previous = figures[k - 1].Figure;
            var current = figures[k];
            var at = current.First;
            if (current.Figure.Change != FigureChange.None || previous.Change == FigureChange.None || previous.Unit != current.Figure.Unit
                || at - 2 <= sentenceStart || !Is(text, tokens[at - 1], "by") || tokens[at - 2].Kind != TokenKind.Word
                || !char.IsUpper(text[tokens[at - 2].Range.Start]))
            {
                continue;
            }

            figures[k] = current with { Figure = current.Figure with { Change = previous.Change } };
        }
    }

    private bool IsMeasureUnit(string? unit)
    {
        if (unit is null)
        {
            return false;
        }

        var per = unit.IndexOf(" per ", StringComparison.Ordinal);
        return _lexicon.MeasureUnits.Contains(per > 0 ? unit[..per] : unit);
    }

    private static Figure Converted(Figure source, Figure conversion)
    {
        var change = conversion.Change == FigureChange.None ? source.Change : conversion.Change;
        if (conversion.Bound != FigureBound.Exact || source.Bound is FigureBound.Exact or FigureBound.Range or FigureBound.Vague || source.Value == 0)
        {
            return conversion with { Change = change, Approximate = conversion.Approximate || source.Approximate };
        }

        var ratio = conversion.Value / source.Value;
        return conversion with
        {
            Low = source.Low * ratio,
            High = double.IsPositiveInfinity(source.High) ? double.PositiveInfinity : source.High * ratio,
            LowOpen = source.LowOpen,
            HighOpen = source.HighOpen,
            Bound = source.Bound,
            Tolerance = Math.Max(conversion.Tolerance, source.Tolerance * Math.Abs(ratio)),
            Change = change,
        };
    }

    private bool TryMerge(string text, IReadOnlyList<Token> tokens, int sentenceStart, FoundFigure a, FoundFigure b, out Figure merged)
    {
        merged = a.Figure;
        if (b.First != a.End + 1 || a.Figure.Bound is not (FigureBound.Exact or FigureBound.Approximately) || b.Figure.Bound != FigureBound.Exact
            || (a.Figure.Unit is not null && b.Figure.Unit is not null && !b.Figure.Unit.StartsWith(a.Figure.Unit, StringComparison.Ordinal)))
        {
            return false;
        }

        if (a.Figure.Change != FigureChange.None)
        {
            // "increased by $43.6 billion to $419.2 billion" is a change and a new level, not a range.
            return false;
        }

        var opener = a.First > sentenceStart && IsAny(text, tokens[a.First - 1], "between", "from") ? a.First - 1 : a.First;
        var joiner = tokens[a.End];
        if (!IsAny(text, joiner, "to", "-", "–", "—") && !(Is(text, tokens[opener], "between") && Is(text, joiner, "and")))
        {
            return false;
        }

        var low = a.Figure.Value;
        var high = b.Figure.Value;
        if (high >= low * 100 && ScaleOf(text, tokens[b.End - 1]) is { } sharedScale && low * sharedScale <= high)
        {
            low *= sharedScale;
        }

        // "from 208 pounds to 193": a fall between two levels, kept as the interval they span.
        var descending = high < low && Is(text, tokens[opener], "from") && Is(text, joiner, "to");
        if (descending)
        {
            (low, high) = (high, low);
        }
        else if (high <= low)
        {
            return false;
        }

        var range = new TextRange(tokens[opener].Range.Start, b.Figure.Range.End);
        merged = a.Figure with
        {
            Range = range,
            Text = range.Of(text),
            Value = low,
            Low = low,
            High = high,
            LowOpen = false,
            HighOpen = false,
            Bound = FigureBound.Range,
            Unit = b.Figure.Unit ?? a.Figure.Unit,
            Approximate = a.Figure.Bound == FigureBound.Approximately,
            Descending = descending,
            Tolerance = a.Figure.Bound == FigureBound.Approximately ? Math.Max(a.Figure.Tolerance, Math.Abs(high) * ApproximationShare) : a.Figure.Tolerance,
        };
        return true;
    }

    private bool IsTrigger(string text, Token token) =>
        token.Kind == TokenKind.Number
        || (token.Kind == TokenKind.Word && text.AsSpan(token.Range.Start, Math.Min(7, token.Range.Length)).IndexOfAnyInRange('0', '9') > 0)
        || (token.Kind == TokenKind.Word && char.IsLetter(text[token.Range.Start])
            && (_lexicon.NumberWords.ContainsKey(text.AsSpan(token.Range.Start, token.Range.Length))
                || _lexicon.StartsVaguePhrase(text.AsSpan(token.Range.Start, token.Range.Length))
                || HasNumberWordBeforeHyphen(text.AsSpan(token.Range.Start, token.Range.Length))));

    private bool HasNumberWordBeforeHyphen(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && _lexicon.NumberWords.ContainsKey(word[..hyphen]);
    }

    private bool TryBuild(
        string text, IReadOnlyList<Token> tokens, int sentenceStart, int limit, NumberReading number, out Figure figure, out int first, out int end, out int skipTo)
    {
        figure = null!;
        skipTo = 0;
        first = number.First;
        end = number.End;
        var low = number.Value;
        double? high = number.RangeHigh;
        var step = number.Step;

        // A second number after "to", "-", "and" (after "between") or "or" makes a range.
        string? rangeUnit = null;
        var descending = false;
        var betweenBefore = number.First > sentenceStart && Is(text, tokens[number.First - 1], "between");
        var fromBefore = number.First > sentenceStart && Is(text, tokens[number.First - 1], "from");
        if (high is null && end + 1 < limit && IsRangeJoiner(text, tokens[end], betweenBefore)
            && _numbers.TryRead(text, tokens, end + 1, limit, out var second) && second.Vague is null)
        {
            var lowEnd = low;
            if (second.End - second.First > 1 && number.End - number.First == 1 && tokens[number.First].Kind == TokenKind.Number
                && second.Value >= lowEnd * 100 && ScaleOf(text, tokens[second.End - 1]) is { } sharedScale)
            {
                lowEnd *= sharedScale;
                step *= sharedScale;
            }

            if (second.Value > lowEnd)
            {
                low = lowEnd;
                high = second.Value;
                end = second.End;
                rangeUnit = second.GluedUnit;
            }
            else if (fromBefore && Is(text, tokens[end], "to") && second.Value < lowEnd)
            {
                // "from 4.8 to 4.7 percent": a fall between two levels, kept as the interval they span.
                descending = true;
                low = second.Value;
                high = lowEnd;
                step = Math.Min(step, second.Step);
                end = second.End;
                rangeUnit = second.GluedUnit;
            }
        }

        if (high is { } upper && IsYear(low) && IsYear(upper) && tokens[number.First].Range.Length == 4
            && tokens[end - 1].Range.Length == 4 && rangeUnit is null && !StartsUnitAfter(text, tokens, end, limit))
        {
            // "between 1600 and 1900": a span of years, read by the time layer; skip both ends.
            skipTo = end;
            return false;
        }

        // "one out of three Germans", "one in five adults": a share of a group.
        var shareReading = default(NumberReading);
        var share = high is null && number.Vague is null && !number.Fraction
            && TryReadShare(text, tokens, number, limit, out shareReading);
        if (share)
        {
            number = shareReading;
            low = number.Value;
            step = 0;
            end = number.End;
        }

        if (!share && number.Vague is null && high is null && !LooksLikeQuantity(text, tokens, sentenceStart, limit, number))
        {
            return false;
        }

        // A sign comes first, so that a unit or a bound before it is found too ("about minus 387", "$-50.8bn").
        var start = number.First;
        if (!descending && IsNegated(text, tokens, sentenceStart, number.First, ref start))
        {
            low = -low;
            if (high is { } positiveHigh)
            {
                (low, high) = (-positiveHigh, low);
            }
        }

        // Currency and other units written before the number ("$", "US$", "€").
        var unit = number.GluedUnit ?? rangeUnit;
        if ((betweenBefore || fromBefore) && high is not null && start == number.First)
        {
            start--;
        }
        else if (TryUnitBefore(text, tokens, sentenceStart, start, out var unitBefore, out var unitStart))
        {
            unit = unitBefore;
            start = unitStart;
        }

        var cue = default(BoundCue?);
        if (TryCueBefore(text, tokens, sentenceStart, start, out var cueBefore, out var cueStart))
        {
            cue = cueBefore;
            start = cueStart;
        }

        if (number.GluedBound is { } gluedBound && _lexicon.BoundsBefore.TryGetValue(gluedBound, out var gluedCue))
        {
            cue ??= gluedCue;
        }

        if (number.HyphenWord is { } hyphenWord)
        {
            if (_lexicon.BoundsAfter.TryGetValue(hyphenWord, out var plus))
            {
                cue ??= plus;
            }
            else if (_lexicon.UnitsAfter.TryGetValue(hyphenWord, out var hyphenUnit))
            {
                unit ??= hyphenUnit;
            }
            else if (!hyphenWord.Contains('-') && char.IsLetter(hyphenWord[0]) && hyphenWord.Length > 2)
            {
                unit ??= NounForms.Singular(hyphenWord);
            }
        }

        var spanEnd = end;
        if (unit is null && number.HyphenWord is null && TryUnitAfter(text, tokens, end, limit, out var unitAfter, out var unitEnd))
        {
            unit = unitAfter;
            spanEnd = unitEnd;
        }

        if (unit is not null && TryPerUnit(text, tokens, spanEnd, limit, out var perUnit, out var perEnd))
        {
            unit = $"{unit} per {perUnit}";
            spanEnd = perEnd;
        }

        if (TryCueAfter(text, tokens, spanEnd, limit, out var cueAfter, out var cueEnd) && cue is null)
        {
            cue = cueAfter;
            spanEnd = cueEnd;
        }

        if (number.Fraction)
        {
            unit ??= "fraction";
        }

        unit ??= CountedNoun(text, tokens, spanEnd, limit, low);
        // "jumped from 240 to 273" names two levels; the change is in the words, not in either figure.
        var change = fromBefore && high is not null ? FigureChange.None : ChangeBefore(text, tokens, sentenceStart, start);
        unit ??= AgeAfterName(text, tokens, sentenceStart, start, spanEnd, limit, low);
        figure = MakeFigure(text, tokens, start, spanEnd, number, low, high, step, cue, unit, change) with { Descending = descending };
        first = start;
        end = spanEnd;
        return true;
    }

    private Figure MakeFigure(
        string text, IReadOnlyList<Token> tokens, int start, int end, NumberReading number,
        double value, double? high, double step, BoundCue? cue, string? unit, FigureChange change)
    {
        var range = new TextRange(tokens[start].Range.Start, tokens[end - 1].Range.End);
        var spanText = range.Of(text);
        var exactTolerance = step == 1 && value == Math.Floor(value) ? 0 : step / 2;
        if (high is { } rangeHigh)
        {
            // "about 14-18 mpg": the ends stay as stated, the hedge widens the tolerance.
            var hedged = cue is { Bound: FigureBound.Approximately };
            var rangeTolerance = hedged ? Math.Max(Math.Abs(rangeHigh) * ApproximationShare, step / 2) : exactTolerance;
            return new Figure(range, spanText, value, value, rangeHigh, false, false, FigureBound.Range, rangeTolerance, unit, change, hedged);
        }

        if (number.Vague is { } vague && cue is null)
        {
            return new Figure(range, spanText, vague.Value, vague.Low, vague.High, false, false, FigureBound.Vague, 0, unit, change);
        }

        if (cue is not { } bound)
        {
            return new Figure(range, spanText, value, value, value, false, false, FigureBound.Exact, exactTolerance, unit, change);
        }

        var margin = Math.Max(Math.Abs(value) * ApproximationShare, step / 2);
        return bound.Shape switch
        {
            BoundShape.Around => new Figure(range, spanText, value, value - margin, value + margin, false, false, bound.Bound, margin, unit, change),
            BoundShape.Below => new Figure(range, spanText, value, value - margin, value, false, bound.Open, bound.Bound, margin, unit, change),
            BoundShape.Above => new Figure(range, spanText, value, value, value + margin, bound.Open, false, bound.Bound, margin, unit, change),
            BoundShape.From => new Figure(range, spanText, value, value, double.PositiveInfinity, bound.Open, true, bound.Bound, exactTolerance, unit, change),
            BoundShape.To => new Figure(range, spanText, value, Math.Min(0, value), value, false, bound.Open, bound.Bound, exactTolerance, unit, change),
            _ => new Figure(range, spanText, value, value, value, false, false, bound.Bound, exactTolerance, unit, change),
        };
    }

    /// <summary>
    /// Refuses years ("in 2019"), codes after a name ("Big 12", "Route 66"), ordinals and the
    /// pronoun "one" ("one of them").
    /// </summary>
    private bool LooksLikeQuantity(string text, IReadOnlyList<Token> tokens, int sentenceStart, int limit, NumberReading number)
    {
        var first = tokens[number.First];
        var single = number.End - number.First == 1;
        var before = number.First > sentenceStart ? tokens[number.First - 1] : (Token?)null;
        var after = number.End < limit ? tokens[number.End] : (Token?)null;
        var unitFollows = number.GluedUnit is not null || (after is { } a && (StartsUnitAfter(text, tokens, number.End, limit) || Is(text, a, "%")));
        if (first.Kind == TokenKind.Number && single && number.HyphenWord is null)
        {
            var isYear = IsYear(number.Value) && first.Range.Length == 4;
            if (isYear && !unitFollows && !HasUnitBefore(text, tokens, sentenceStart, number.First))
            {
                var yearContext = before is { } p && _lexicon.YearPrepositions.Contains(p.Range.Of(text));
                var countContext = TryCueBefore(text, tokens, sentenceStart, number.First, out _, out _)
                    || CountedNoun(text, tokens, number.End, limit, number.Value) is not null;
                if (yearContext || !countContext)
                {
                    return false;
                }
            }

            if (before is { } label && _lexicon.LabelNouns.Contains(label.Range.Of(text)) && !unitFollows)
            {
                return false;
            }

            // "COVID -19", "MH -17": a hyphen glued to the digits after an acronym makes a name, not a negative count.
            if (before is { } dash && IsAny(text, dash, "-", "–") && dash.Range.End == first.Range.Start && number.First - 2 >= sentenceStart
                && tokens[number.First - 2] is { Kind: TokenKind.Word } acronym && acronym.Range.Length >= 2 && IsAllCaps(text, acronym))
            {
                return false;
            }

            // "787 Dreamliner", "90049 ZIP Code", "11 Pro": a number naming a model or a place, unlike
            // "40 Palestinians", where the capitalised word is a plural count.
            var grouped = text.AsSpan(first.Range.Start, first.Range.Length).Contains(',');
            if (after is { } name && name.Kind == TokenKind.Word && char.IsUpper(text[name.Range.Start]) && !unitFollows && !grouped
                && !NounForms.IsPlural(text.AsSpan(name.Range.Start, name.Range.Length)) && !IsAllCaps(text, name)
                && !HasUnitBefore(text, tokens, sentenceStart, number.First) && !TryCueBefore(text, tokens, sentenceStart, number.First, out _, out _))
            {
                return false;
            }

            // A capital on the sentence's first word says nothing ("Another 40 bodies").
            if (before is { } b && b.Kind == TokenKind.Word && HasCapital(text, b) && number.First - 1 > sentenceStart
                && !unitFollows && !_lexicon.BoundsBefore.ContainsKey(b.Range.Of(text))
                && !HasUnitBefore(text, tokens, sentenceStart, number.First))
            {
                return false;
            }
        }

        if (single && first.Kind == TokenKind.Word && Is(text, first, "one") && IsOneOfTheMost(text, tokens, number.End, limit))
        {
            return true;
        }

        if (single && first.Kind == TokenKind.Word && Is(text, first, "one"))
        {
            var pronoun = after is not { } next || next.Kind != TokenKind.Word || _lexicon.NotNouns.Contains(next.Range.Of(text))
                || (before is { } previous && IsAny(text, previous, "no", "the", "any", "every", "each", "this", "that", "which", "someone"));
            return !pronoun;
        }

        return true;
    }

    private static bool IsAllCaps(string text, Token token)
    {
        foreach (var c in text.AsSpan(token.Range.Start, token.Range.Length))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasCapital(string text, Token token)
    {
        foreach (var c in text.AsSpan(token.Range.Start, token.Range.Length))
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private bool TryReadShare(string text, IReadOnlyList<Token> tokens, NumberReading part, int limit, out NumberReading share)
    {
        share = default;
        var next = part.End;
        if (next + 1 < limit && Is(text, tokens[next], "out") && Is(text, tokens[next + 1], "of"))
        {
            next += 2;
        }
        else if (next < limit && Is(text, tokens[next], "in"))
        {
            next++;
        }
        else
        {
            return false;
        }

        // The whole is a small plain number ("three", "10"), never a year or a date ("one in 2019").
        if (next >= limit || part.Value < 1 || part.Value != Math.Floor(part.Value)
            || !_numbers.TryRead(text, tokens, next, limit, out var whole) || whole.Vague is not null || whole.Fraction
            || whole.HyphenWord is not null || whole.GluedUnit is not null || whole.RangeHigh is not null
            || whole.Value <= part.Value || whole.Value > 1000 || whole.Value != Math.Floor(whole.Value))
        {
            return false;
        }

        share = new NumberReading(part.First, whole.End, part.Value / whole.Value, 0, Fraction: true);
        return true;
    }

    /// <summary>"minus 5 yards", "$-50.8bn": a negative figure; widens the span to the sign.</summary>
    private static bool IsNegated(string text, IReadOnlyList<Token> tokens, int sentenceStart, int first, ref int start)
    {
        if (first <= sentenceStart)
        {
            return false;
        }

        var before = tokens[first - 1];
        if (Is(text, before, "minus") || (IsAny(text, before, "-", "−") && before.Range.End == tokens[first].Range.Start
            && (first - 1 == sentenceStart || tokens[first - 2].Range.End < before.Range.Start || tokens[first - 2].Kind == TokenKind.Symbol)))
        {
            start = Math.Min(start, first - 1);
            return true;
        }

        return false;
    }

    /// <summary>"one of the most …", "one of the largest …": a count of one among a ranked set.</summary>
    private static bool IsOneOfTheMost(string text, IReadOnlyList<Token> tokens, int index, int limit)
    {
        if (index + 2 >= limit || !Is(text, tokens[index], "of") || !Is(text, tokens[index + 1], "the"))
        {
            return false;
        }

        var ranked = text.AsSpan(tokens[index + 2].Range.Start, tokens[index + 2].Range.Length);
        return ranked.Equals("most", StringComparison.OrdinalIgnoreCase) || ranked.Equals("best", StringComparison.OrdinalIgnoreCase)
            || ranked.Equals("worst", StringComparison.OrdinalIgnoreCase) || (ranked.Length > 5 && ranked.EndsWith("est", StringComparison.OrdinalIgnoreCase));
    }

    private bool HasUnitBefore(string text, IReadOnlyList<Token> tokens, int sentenceStart, int index) =>
        TryUnitBefore(text, tokens, sentenceStart, index, out _, out _);

    private static bool IsRangeJoiner(string text, Token token, bool afterBetween) =>
        IsAny(text, token, "to", "-", "–", "—", "or") || (afterBetween && Is(text, token, "and"));

    private double? ScaleOf(string text, Token token) =>
        _lexicon.NumberWords.TryGetValue(text.AsSpan(token.Range.Start, token.Range.Length), out var word) && word.Role == NumberWordRole.Scale
            ? word.Value
            : null;

    private bool TryUnitBefore(string text, IReadOnlyList<Token> tokens, int sentenceStart, int index, out string unit, out int start)
    {
        unit = "";
        start = index;
        for (var width = Math.Min(2, index - sentenceStart); width >= 1; width--)
        {
            var first = index - width;
            var adjacent = width == 1 || tokens[first].Range.End == tokens[first + 1].Range.Start;
            if ((adjacent && _lexicon.UnitsBefore.TryGetValue(Joined(text, tokens, first, index, ""), out var glued))
                || (width > 1 && _lexicon.UnitsBefore.TryGetValue(Joined(text, tokens, first, index, " "), out glued)))
            {
                unit = glued;
                start = first;
                return true;
            }
        }

        return false;
    }

    private bool StartsUnitAfter(string text, IReadOnlyList<Token> tokens, int index, int limit) =>
        TryUnitAfter(text, tokens, index, limit, out _, out _);

    private bool TryUnitAfter(string text, IReadOnlyList<Token> tokens, int index, int limit, out string unit, out int end)
    {
        unit = "";
        end = index;
        for (var width = Math.Min(_lexicon.LongestUnitWords, limit - index); width >= 1; width--)
        {
            if (_lexicon.UnitsAfter.TryGetValue(Joined(text, tokens, index, index + width, " "), out var spaced)
                || (width > 1 && _lexicon.UnitsAfter.TryGetValue(Joined(text, tokens, index, index + width, ""), out spaced))
                || (width == 1 && BeforeHyphen(text, tokens[index]) is { } head && _lexicon.UnitsAfter.TryGetValue(head, out spaced)))
            {
                unit = spaced;
                end = index + width;
                return true;
            }
        }

        return false;
    }

    private bool TryCueBefore(string text, IReadOnlyList<Token> tokens, int sentenceStart, int index, out BoundCue cue, out int start)
    {
        cue = default;
        start = index;
        for (var width = Math.Min(_lexicon.LongestBoundWords, index - sentenceStart); width >= 1; width--)
        {
            if (_lexicon.BoundsBefore.TryGetValue(Joined(text, tokens, index - width, index, " "), out cue))
            {
                start = index - width;
                return true;
            }
        }

        return false;
    }

    private bool TryCueAfter(string text, IReadOnlyList<Token> tokens, int index, int limit, out BoundCue cue, out int end)
    {
        cue = default;
        end = index;
        for (var width = Math.Min(2, limit - index); width >= 1; width--)
        {
            if (_lexicon.BoundsAfter.TryGetValue(Joined(text, tokens, index, index + width, " "), out cue))
            {
                end = index + width;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The noun phrase a figure counts, up to its first plural noun: "1,200 people" → "people",
    /// "700 heart transplants" → "heart transplant", "seven European countries" → "european country".
    /// Leading "more"/"other" are skipped; "of" after a vague figure ("dozens of homes") too.
    /// Null when no noun follows.
    /// </summary>
    private string? CountedNoun(string text, IReadOnlyList<Token> tokens, int index, int limit, double value)
    {
        const int MaxWords = 4;
        var first = index;
        if (first < limit && Is(text, tokens[first], "of"))
        {
            first++;
        }

        while (first < limit && tokens[first].Kind == TokenKind.Word
            && _lexicon.CountNounModifiers.Contains(text.AsSpan(tokens[first].Range.Start, tokens[first].Range.Length)))
        {
            first++;
        }

        var last = -1;
        var singular = value == 1;
        for (var i = first; i < limit && i < first + MaxWords; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || !char.IsLetter(text[token.Range.Start]))
            {
                break;
            }

            var word = text.AsSpan(token.Range.Start, token.Range.Length);
            if (_lexicon.NotNouns.Contains(word) || _lexicon.ChangeWords.ContainsKey(word) || word.EndsWith("ly"))
            {
                break;
            }

            // Participles may describe the noun ("48,213 displaced people", "517 rushing yards") but are never it.
            var participle = word.EndsWith("ing") || (word.EndsWith("ed") && !word.Equals("dead", StringComparison.Ordinal));
            if (participle)
            {
                continue;
            }

            if (singular || NounForms.IsPlural(word))
            {
                last = i;
                break;
            }

            if (i == first && char.IsLower(text[token.Range.Start]) && (i + 1 >= limit || tokens[i + 1].Kind != TokenKind.Word))
            {
                last = i;
                break;
            }
        }

        if (last < 0)
        {
            return null;
        }

        var words = new string[last - first + 1];
        for (var i = first; i <= last; i++)
        {
            var word = tokens[i].Range.Of(text);
            words[i - first] = i == last ? NounForms.Singular(word) : word.ToLowerInvariant();
        }

        return string.Join(' ', words);
    }

    /// <summary>"$58.24 per barrel", "$3,500 a month": the unit a rate is counted in.</summary>
    private bool TryPerUnit(string text, IReadOnlyList<Token> tokens, int index, int limit, out string perUnit, out int end)
    {
        perUnit = "";
        end = index;
        if (index + 1 >= limit || !IsAny(text, tokens[index], "per", "a", "an", "each", "/"))
        {
            return false;
        }

        var isPer = IsAny(text, tokens[index], "per", "/");
        var relativeTime = !isPer && index + 2 < limit && IsAny(text, tokens[index + 2], "earlier", "ago", "later", "before", "after", "on");
        if (!relativeTime && TryUnitAfter(text, tokens, index + 1, limit, out var unit, out var unitEnd))
        {
            perUnit = unit;
            end = unitEnd;
            return true;
        }

        var next = tokens[index + 1];
        if (isPer && next.Kind == TokenKind.Word && char.IsLetter(text[next.Range.Start]))
        {
            perUnit = NounForms.Singular(next.Range.Of(text));
            end = index + 2;
            return true;
        }

        return false;
    }

    /// <summary>"Lena Marsh, 45, said": a number set off by commas after a name is an age.</summary>
    private static string? AgeAfterName(string text, IReadOnlyList<Token> tokens, int sentenceStart, int first, int end, int limit, double value)
    {
        var isAge = value is >= 1 and < 120 && value == Math.Floor(value) && end - first == 1
            && first - 2 >= sentenceStart && end < limit
            && Is(text, tokens[first - 1], ",") && IsAny(text, tokens[end], ",", ")")
            && tokens[first - 2].Kind == TokenKind.Word && char.IsUpper(text[tokens[first - 2].Range.Start]);
        return isAge ? "year of age" : null;
    }

    private static bool IsYear(double value) => value is >= 1000 and <= 2200 && value == Math.Floor(value);

    private FigureChange ChangeBefore(string text, IReadOnlyList<Token> tokens, int sentenceStart, int index)
    {
        var at = index - 1;
        if (at >= sentenceStart && Is(text, tokens[at], "by"))
        {
            // "grew sales by 35 per cent": the verb may stand a few words before "by".
            for (var back = at - 1; back >= sentenceStart && back >= at - 3; back--)
            {
                if (_lexicon.ChangeWords.TryGetValue(text.AsSpan(tokens[back].Range.Start, tokens[back].Range.Length), out var verb))
                {
                    return verb;
                }
            }

            return FigureChange.None;
        }

        if (at < sentenceStart || !_lexicon.ChangeWords.TryGetValue(text.AsSpan(tokens[at].Range.Start, tokens[at].Range.Length), out var change))
        {
            return FigureChange.None;
        }

        // "up" and "down" are changes after a verb of state or a name ("was up 2%", "Blackmores up 9.4 per cent",
        // ", down 19 cents"), not in "gave up 517 yards".
        var isParticle = IsAny(text, tokens[at], "up", "down");
        if (!isParticle || at == sentenceStart)
        {
            return isParticle ? FigureChange.None : change;
        }

        var previous = tokens[at - 1];
        var afterState = IsAny(text, previous, ",", "was", "is", "are", "were", "be", "been", "closed", "ended", "finished", "trending", "edged", "moved", "went", "stood")
            || (previous.Kind == TokenKind.Word && char.IsUpper(text[previous.Range.Start]));
        return afterState ? change : FigureChange.None;
    }

    /// <summary>"percent" of "percent-owned"; null for a word without a hyphen.</summary>
    private static string? BeforeHyphen(string text, Token token)
    {
        var hyphen = text.AsSpan(token.Range.Start, token.Range.Length).IndexOf('-');
        return hyphen > 0 ? text.Substring(token.Range.Start, hyphen) : null;
    }

    private static string Joined(string text, IReadOnlyList<Token> tokens, int from, int to, string separator)
    {
        if (to - from == 1)
        {
            return tokens[from].Range.Of(text);
        }

        return string.Join(separator, Enumerable.Range(from, to - from).Select(i => tokens[i].Range.Of(text)));
    }
}

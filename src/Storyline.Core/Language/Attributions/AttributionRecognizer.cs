using System.Collections.Immutable;
using Storyline.Core.Model;
using static Storyline.Core.Language.Tokens.TokenText;

namespace Storyline.Core.Language.Attributions;

/// <summary>
/// Finds reported speech sentence by sentence: a cue ("said", "told", "according to"), its source
/// (the noun phrase before the cue, after it in "…," said the minister, or after "according to")
/// and its content (the rest of the sentence on the other side). Rules over tokens and their
/// shapes; no parser, so the cost is linear in the tokens.
/// </summary>
public sealed class AttributionRecognizer(AttributionLexicon lexicon)
{
    private const int MaxSourceTokens = 16;
    private const int MaxAppositiveTokens = 30;
    private const int MaxParenthesisTokens = 8;
    private const int NestingWindow = 16;
    private const int MaxModifierTokens = 20;

    public static AttributionRecognizer Default { get; } = new(AttributionLexicon.Default);

    public ImmutableArray<Attribution> Recognize(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        var found = ImmutableArray.CreateBuilder<Attribution>();
        var candidates = new List<Attribution>();
        var quotation = new QuotationState();
        var coveredUntil = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var end = sentence.FirstToken + sentence.TokenCount;
            var next = s + 1 < sentences.Count ? sentences[s + 1] : null;
            candidates.Clear();
            for (var i = sentence.FirstToken; i < end; i++)
            {
                var quoted = quotation.IsOpen;
                quotation.Advance(text, tokens, i);
                var marked = (i == sentence.FirstToken ? LayoutAttributions.SpeakerLabel(text, tokens, i) : null) ?? LayoutAttributions.Signature(text, tokens, i);
                if (marked is not null && marked.Range.Start >= coveredUntil)
                {
                    candidates.Add(marked);
                    continue;
                }

                if (!quoted && tokens[i].Range.Start >= coveredUntil && TryCue(text, tokens, sentence.FirstToken, i, end, out var kind, out var cueEnd)
                    && TryAttribution(text, tokens, sentence.FirstToken, end, i, cueEnd, kind, next, candidates.Count > 0 ? candidates[^1].Source : null) is { } attribution)
                {
                    candidates.Add(attribution);
                    for (var k = i + 1; k < cueEnd; k++)
                    {
                        quotation.Advance(text, tokens, k);
                    }

                    i = cueEnd - 1;
                }
            }

            AddOutermost(candidates, found, text, ref coveredUntil);
        }

        return found.ToImmutable();
    }

    /// <summary>
    /// Keeps the attributions whose cue lies in no other attribution's content: reported speech inside
    /// reported speech ("the mayor said the army claims …") belongs to the outer speaker, as PolNeAR and
    /// PARC annotate it. A content running into the next sentence covers the cues there too.
    /// </summary>
    private void AddOutermost(List<Attribution> candidates, ImmutableArray<Attribution>.Builder found, string text, ref int coveredUntil)
    {
        // "The video shows him running, but the officer said he was armed": a coordinated clause with a
        // speaker of its own ends the outer content instead of nesting in it. Only neighbours are
        // compared, so a sentence of thousands of cues stays linear.
        for (var a = 0; a < candidates.Count; a++)
        {
            for (var b = Math.Max(0, a - NestingWindow); b < Math.Min(candidates.Count, a + NestingWindow + 1); b++)
            {
                if (b != a && candidates[b].Content.Contains(candidates[a].Range)
                    && candidates[a].Source is { } source && source.Start < candidates[a].Range.Start && candidates[b].Content.Contains(source)
                    && CoordinationBefore(text, candidates[b].Content.Start, source.Start) is { } cut)
                {
                    candidates[b] = candidates[b] with { Content = new TextRange(candidates[b].Content.Start, cut) };
                }
                else if (b < a && candidates[b].Content.Contains(candidates[a].Range) && candidates[a].Source is { } shared && candidates[b].Source == shared
                    && ContentEndBefore(text, candidates[b].Content.Start, candidates[a].Range.Start) is { } end)
                {
                    // "Reid mocked Romney for …, claiming that …": a second cue of the same speaker is a
                    // second attribution, as PolNeAR marks it, and ends the first one's content.
                    candidates[b] = candidates[b] with { Content = new TextRange(candidates[b].Content.Start, end) };
                }
            }
        }

        for (var a = 0; a < candidates.Count; a++)
        {
            var nested = false;
            for (var b = Math.Max(0, a - NestingWindow); b < Math.Min(candidates.Count, a + NestingWindow + 1) && !nested && !lexicon.IsPhraseCue(candidates[a].Cue); b++)
            {
                // Two attributions each inside the other's content: the first one found is the outer one.
                // A closing "according to" reaches back over the whole clause; a cue there is no nested speech.
                nested = b != a && candidates[b].Content.Contains(candidates[a].Range) && (b < a || !candidates[a].Content.Contains(candidates[b].Range))
                    && !lexicon.IsPhraseCue(candidates[b].Cue);
            }

            if (!nested)
            {
                found.Add(candidates[a]);
                if (candidates[a].Content.Start > candidates[a].Range.Start)
                {
                    coveredUntil = Math.Max(coveredUntil, candidates[a].Content.End);
                }
            }
        }
    }

    /// <summary>
    /// Where a coordinated clause begins before <paramref name="subjectStart"/> (", but", ", and", ";",
    /// ", while", ", though"): the end of the content before it, or null. Reads a few characters only.
    /// </summary>
    private static int? CoordinationBefore(string text, int floor, int subjectStart)
    {
        var i = subjectStart;
        while (i > floor && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        if (i > floor && text[i - 1] == ';')
        {
            return i - 1 > floor ? i - 1 : null;
        }

        var wordEnd = i;
        while (i > floor && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        var word = text.AsSpan(i, wordEnd - i);
        if (!(word.Equals("but", StringComparison.OrdinalIgnoreCase) || word.Equals("and", StringComparison.OrdinalIgnoreCase)
            || word.Equals("while", StringComparison.OrdinalIgnoreCase) || word.Equals("whereas", StringComparison.OrdinalIgnoreCase)
            || word.Equals("though", StringComparison.OrdinalIgnoreCase) || word.Equals("although", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        while (i > floor && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i - 1 > floor && text[i - 1] == ',' ? i - 1 : null;
    }

    /// <summary>Where a content ends before a cue at <paramref name="cueStart"/>: before the spaces and the comma or semicolon that set the cue off.</summary>
    private static int? ContentEndBefore(string text, int floor, int cueStart)
    {
        var i = cueStart;
        while (i > floor && (char.IsWhiteSpace(text[i - 1]) || text[i - 1] is ',' or ';'))
        {
            i--;
        }

        return i > floor && i < cueStart ? i : null;
    }

    private bool TryCue(string text, IReadOnlyList<Token> tokens, int start, int i, int end, out CueKind kind, out int cueEnd)
    {
        cueEnd = i + 1;
        kind = default;
        if (tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        // A capitalised cue inside a sentence is part of a name ("the United States"), unless the sentence is a title-case headline.
        if (i > start && char.IsUpper(text[tokens[i].Range.Start]) && !IsAfterOpening(text, tokens[i - 1]) && !IsTitleCase(text, tokens, start, end))
        {
            return false;
        }

        var phrases = lexicon.PhraseCuesByFirstWord.TryGetValue(Span(text, tokens[i]), out var starting) ? starting : [];
        foreach (var phrase in phrases)
        {
            if (i + phrase.Words.Length <= end && MatchesAt(text, tokens, i, phrase.Words)
                && (phrase.Kind == CueKind.Phrase || i == start || !IsNounMarker(text, tokens[i - 1])))
            {
                kind = phrase.Kind;
                cueEnd = i + phrase.Words.Length;
                return true;
            }
        }

        if (!lexicon.SingleWordCues.TryGetValue(Span(text, tokens[i]), out kind))
        {
            return false;
        }

        // After a determiner, a possessive or a number the word is a noun ("the claims", "Trump's calls", "50 states");
        // so it is before an auxiliary ("Health worries have dogged …", "the reports were").
        return kind == CueKind.Noun || ((i == start || !IsNounMarker(text, tokens[i - 1])) && !IsFollowedByAuxiliary(text, tokens, i + 1, end));
    }

    /// <summary>An auxiliary or another verb of saying right after a cue makes the cue a noun: "worries have", "reports shows".</summary>
    private bool IsFollowedByAuxiliary(string text, IReadOnlyList<Token> tokens, int next, int end) =>
        next < end && tokens[next].Kind == TokenKind.Word && char.IsLower(text[tokens[next].Range.Start])
        && (IsAny(text, tokens[next], "is", "are", "was", "were", "have", "has", "had")
            || (lexicon.SingleWordCues.TryGetValue(Span(text, tokens[next]), out var kind) && kind is CueKind.Say or CueKind.Tell
                && !Span(text, tokens[next]).EndsWith("ing") && next + 1 < end && tokens[next + 1].Kind == TokenKind.Punctuation));

    private bool IsNounMarker(string text, Token token) =>
        token.Kind == TokenKind.Number || IsPossessiveMark(text, token) || Role(text, token) == SourceWordRole.Determiner;

    private static bool IsAfterOpening(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Range.Start] is '"' or '“' or '\'' or '‘' or ':' or '(' or '—' or '–' or '-';

    /// <summary>A headline in title case: most longer words capitalised.</summary>
    private static bool IsTitleCase(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        int words = 0, capitalised = 0;
        for (var j = start; j < end && j < start + 40; j++)
        {
            if (tokens[j].Kind == TokenKind.Word && tokens[j].Range.Length > 3)
            {
                words++;
                capitalised += char.IsUpper(text[tokens[j].Range.Start]) ? 1 : 0;
            }
        }

        return words >= 3 && capitalised * 5 >= words * 4;
    }

    private static bool MatchesAt(string text, IReadOnlyList<Token> tokens, int i, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (!Is(text, tokens[i + k], phrase[k]))
            {
                return false;
            }
        }

        return true;
    }

    private Attribution? TryAttribution(
        string text, IReadOnlyList<Token> tokens, int start, int end, int cue, int cueEnd, CueKind kind, Sentence? next, TextRange? previousSource)
    {
        var cueStart = cue;
        // "May" capitalised inside a sentence is a month or a name, not the auxiliary.
        while (cueStart - 1 >= start && Role(text, tokens[cueStart - 1]) == SourceWordRole.Auxiliary && (cueStart - 1 == start || char.IsLower(text[tokens[cueStart - 1].Range.Start])))
        {
            cueStart--;
        }

        var contentEnd = TrimEnd(text, tokens, start, end);
        if (kind == CueKind.Phrase)
        {
            var before = PreviousIsBreak(text, tokens, start, cueStart);
            var (sourceFirst, sourceEnd) = PhraseForward(text, tokens, cueEnd, end);
            if (sourceEnd == sourceFirst)
            {
                return null;
            }

            sourceEnd = before ? ExtendForward(text, tokens, ExtendToBreak(text, tokens, sourceEnd, contentEnd), end, contentEnd) : ExtendComplements(text, tokens, sourceEnd, end);
            var content = before
                ? (start, cueStart - 1)
                : (SkipPunctuation(text, tokens, sourceEnd, end), contentEnd);
            return Make(text, tokens, cueStart, cueEnd, (sourceFirst, sourceEnd), content);
        }

        if (kind == CueKind.Noun)
        {
            return TryNounCue(text, tokens, start, cueStart, cueEnd, contentEnd);
        }

        var searchEnd = cueStart;
        while (searchEnd - 1 >= start && (IsSkippable(text, tokens[searchEnd - 1]) || Role(text, tokens[searchEnd - 1]) == SourceWordRole.Auxiliary
            || (searchEnd < cueStart && IsAny(text, tokens[searchEnd - 1], "this", "last", "on", "early", "late", "on", "in"))
            || IsNegationAfterAuxiliary(text, tokens, start, searchEnd - 1)
            || (searchEnd == cueStart && Span(text, tokens[cue]).EndsWith("ing") && IsAny(text, tokens[searchEnd - 1], "is", "are", "was", "were"))))
        {
            searchEnd--;
        }

        // "…, saying …": a participle takes the subject of its sentence.
        if (Span(text, tokens[cue]).EndsWith("ing") && PreviousIsBreak(text, tokens, start, cueStart))
        {
            var (subjectFirst, subjectEnd) = PhraseForward(text, tokens, start, cueStart);
            subjectEnd = subjectEnd > subjectFirst ? ExtendForward(text, tokens, subjectEnd, cueStart, cueStart) : subjectEnd;
            if (subjectEnd == subjectFirst && previousSource is { } speaker && cueEnd < contentEnd
                && Make(text, tokens, cueStart, cueEnd, (cueStart, cueEnd), (SkipPunctuation(text, tokens, cueEnd, end), contentEnd)) is { } participle)
            {
                // "“…,” Sanders said, going on to say …": with no subject opening the sentence, the participle
                // continues the speaker found earlier in it.
                return participle with { Source = speaker, SourceText = speaker.Of(text) };
            }

            return subjectEnd > subjectFirst && cueEnd < contentEnd
                ? Make(text, tokens, cueStart, cueEnd, (subjectFirst, subjectEnd), (SkipPunctuation(text, tokens, cueEnd, end), contentEnd))
                : null;
        }

        var (backFirst, backEnd) = AppositiveBackward(text, tokens, start, searchEnd) is { } appositive
            ? appositive
            : PhraseBackward(text, tokens, start, searchEnd);
        if (backEnd > backFirst)
        {
            backFirst = ModifiedSubjectStart(text, tokens, start, backFirst);
        }
        else if (ModifiedSubjectStart(text, tokens, start, searchEnd) is var subjectStart && subjectStart < searchEnd)
        {
            // "A poll released in late August found …": nothing reads as a phrase right before the cue, but the clause opens with a subject.
            (backFirst, backEnd) = (subjectStart, searchEnd);
        }

        if (backEnd > backFirst)
        {
            var contentStart = SkipPunctuation(text, tokens, kind == CueKind.Tell ? SkipRecipient(text, tokens, cueEnd, end) : cueEnd, end);

            // "…," he said / "…, the governor told reporters on Tuesday": the content precedes the source
            // unless a clause of its own follows the cue ("that …", a quotation, a colon, a subject: "In a
            // post on Friday, Marsh said aid had stopped") rather than adjuncts ("on Tuesday", "in a statement").
            var clauseFollows = contentStart < contentEnd
                && (Is(text, tokens[contentStart], "that") || IsQuote(text[tokens[contentStart].Range.Start]) || Is(text, tokens[cueEnd < end ? cueEnd : cueEnd - 1], ":")
                    || StartsClause(text, tokens[contentStart]));
            if (backFirst > start + 1 && IsBreak(text, tokens[backFirst - 1]) && !clauseFollows)
            {
                return Make(text, tokens, cueStart, cueEnd, (backFirst, backEnd), (start, TrimBreaks(text, tokens, start, backFirst)));
            }

            if (contentStart < contentEnd)
            {
                return Make(text, tokens, cueStart, cueEnd, (backFirst, backEnd), (contentStart, contentEnd));
            }

            // "He said:" ending its sentence: the quotation follows in the next one.
            return next is { TokenCount: > 0 } following
                ? Make(text, tokens, cueStart, cueEnd, (backFirst, backEnd), (following.FirstToken, TrimEnd(text, tokens, following.FirstToken, following.FirstToken + following.TokenCount)))
                : null;
        }

        // "…," said the minister.
        if (PreviousIsBreak(text, tokens, start, cueStart))
        {
            var (sourceFirst, sourceEnd) = PhraseForward(text, tokens, cueEnd, end);
            sourceEnd = sourceEnd > sourceFirst ? ExtendForward(text, tokens, sourceEnd, end, contentEnd) : sourceEnd;
            return sourceEnd > sourceFirst
                ? Make(text, tokens, cueStart, cueEnd, (sourceFirst, sourceEnd), (start, TrimBreaks(text, tokens, start, cueStart)))
                : null;
        }

        return null;
    }

    /// <summary>"Lawmakers have not said", "he did n’t say": a negation between an auxiliary and the cue.</summary>
    private bool IsNegationAfterAuxiliary(string text, IReadOnlyList<Token> tokens, int start, int index) =>
        index > start && IsAny(text, tokens[index], "not", "never", "n't", "n’t") && Role(text, tokens[index - 1]) == SourceWordRole.Auxiliary;

    private bool StartsClause(string text, Token token) =>
        token.Kind is TokenKind.Word or TokenKind.Number
        && Role(text, token) is not (SourceWordRole.Preposition or SourceWordRole.Skip or SourceWordRole.Stop or SourceWordRole.Auxiliary)
        && !(token.Kind == TokenKind.Word && Span(text, token).EndsWith("ing"));

    /// <summary>"Donald Trump's claim that …": the possessive before the noun is the source.</summary>
    private Attribution? TryNounCue(string text, IReadOnlyList<Token> tokens, int start, int cueStart, int cueEnd, int contentEnd)
    {
        if (cueEnd >= contentEnd || !Is(text, tokens[cueEnd], "that") || cueStart - 1 <= start || !IsPossessiveMark(text, tokens[cueStart - 1]))
        {
            return null;
        }

        var (first, _) = PhraseBackward(text, tokens, start, cueStart - 1);
        return first < cueStart - 1
            ? Make(text, tokens, cueStart, cueEnd, (first, cueStart), (cueEnd, contentEnd))
            : null;
    }

    private static Attribution? Make(
        string text, IReadOnlyList<Token> tokens, int cueStart, int cueEnd, (int First, int End) source, (int First, int End) content)
    {
        if (content.End <= content.First || content.First < 0)
        {
            return null;
        }

        var cueRange = new TextRange(tokens[cueStart].Range.Start, tokens[cueEnd - 1].Range.End);
        var sourceRange = new TextRange(tokens[source.First].Range.Start, tokens[source.End - 1].Range.End);
        var contentRange = new TextRange(tokens[content.First].Range.Start, tokens[content.End - 1].Range.End);
        var direct = IsQuote(text[contentRange.Start]) || IsQuote(text[contentRange.End - 1]);
        return new Attribution(cueRange, cueRange.Of(text), sourceRange, sourceRange.Of(text), contentRange, direct);
    }

    /// <summary>
    /// The source phrase ending right before <paramref name="end"/>: "the interior ministry", "he",
    /// "Sen. Lena Marsh (D-Ore.)", "officials at the Red Cross".
    /// </summary>
    private (int First, int End) PhraseBackward(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        if (end <= start)
        {
            return (end, end);
        }

        if (Role(text, tokens[end - 1]) == SourceWordRole.Pronoun)
        {
            return (end - 1, end);
        }

        var first = end;
        for (var j = end - 1; j >= start && end - j <= MaxSourceTokens; j--)
        {
            if (IsChar(text, tokens[j], ')') && MatchingOpen(text, tokens, j, start) is { } open && open > start)
            {
                first = open;
                j = open;
                continue;
            }

            // "officials at the Red Cross": a preposition joins a head to a complement that starts with a capital or a determiner.
            if (first < end && j > start && Role(text, tokens[j]) == SourceWordRole.Preposition
                && (char.IsUpper(text[tokens[first].Range.Start]) || Role(text, tokens[first]) is SourceWordRole.Determiner or SourceWordRole.Part)
                && IsPhraseToken(text, tokens, j - 1, start, backwards: true) && !IsPossessiveMark(text, tokens[j - 1]))
            {
                first = j;
                continue;
            }

            if (first < end && j > start && IsJoiner(text, tokens[j]))
            {
                first = j;
                continue;
            }

            // "… campaign-finance reports shows": a cue word right before the cue is a noun, the head of the source.
            if (j == end - 1 && tokens[j].Kind == TokenKind.Word && char.IsLower(text[tokens[j].Range.Start]) && lexicon.SingleWordCues.ContainsKey(Span(text, tokens[j]))
                && Span(text, tokens[j]) is var noun && noun.EndsWith("s") && !noun.EndsWith("ss") && Role(text, tokens[j]) is null)
            {
                first = j;
                continue;
            }

            if (!IsPhraseToken(text, tokens, j, start, backwards: true))
            {
                break;
            }

            first = j;
        }

        // A phrase never starts with a joining word ("of", "and", "at").
        while (first < end && (Is(text, tokens[first], "of") || Is(text, tokens[first], "and") || IsPossessiveMark(text, tokens[first])
            || Role(text, tokens[first]) == SourceWordRole.Preposition || IsJoiner(text, tokens[first])))
        {
            first++;
        }

        return HasHead(text, tokens, first, end) ? (first, end) : (end, end);
    }

    /// <summary>
    /// "A poll released on Friday by the Veld Institute shows …", "Farmers who lost their herds say …":
    /// when the phrase before the cue is a complement inside a longer subject, the subject runs from the
    /// start of the clause. Taken only when the clause opens with a determiner or a name and the words in
    /// between hold a participle, a preposition or a relative pronoun and nothing that reads as a clause
    /// of its own (a pronoun, another cue, a quotation).
    /// </summary>
    private int ModifiedSubjectStart(string text, IReadOnlyList<Token> tokens, int start, int phraseFirst)
    {
        var clauseStart = phraseFirst;
        while (clauseStart > start && phraseFirst - clauseStart <= MaxModifierTokens && !(tokens[clauseStart - 1].Kind == TokenKind.Punctuation && IsBreak(text, tokens[clauseStart - 1])))
        {
            clauseStart--;
        }

        if (clauseStart == phraseFirst || phraseFirst - clauseStart > MaxModifierTokens || (clauseStart > start && !IsBreak(text, tokens[clauseStart - 1])))
        {
            return phraseFirst;
        }

        var opening = tokens[clauseStart];
        var opensNounPhrase = opening.Kind == TokenKind.Word
            && (Role(text, opening) == SourceWordRole.Determiner || (char.IsUpper(text[opening.Range.Start]) && Role(text, opening) is null));
        if (!opensNounPhrase)
        {
            return phraseFirst;
        }

        var linked = false;
        for (var j = clauseStart + 1; j < phraseFirst; j++)
        {
            var token = tokens[j];
            if (token.Kind is not (TokenKind.Word or TokenKind.Number) && !IsChar(text, token, '/') && !IsChar(text, token, '-') && !IsPossessiveMark(text, token))
            {
                return phraseFirst;
            }

            var role = Role(text, token);
            var word = Span(text, token);
            if (role is SourceWordRole.Pronoun or SourceWordRole.Auxiliary && !IsAny(text, token, "who", "which", "had", "have", "has")
                || role == SourceWordRole.Stop && !IsAny(text, token, "that", "to", "on", "as")
                || lexicon.SingleWordCues.ContainsKey(word) && !word.EndsWith("ed"))
            {
                return phraseFirst;
            }

            // A participle ("released on Friday", "registered voters"), not a past tense taking an object
            // ("spotted the senator", "unleashed a series").
            var participle = token.Kind == TokenKind.Word && char.IsLower(text[token.Range.Start]) && (word.EndsWith("ed") || word.EndsWith("ing"));
            if (participle && tokens[j + 1].Kind == TokenKind.Word
                && (Role(text, tokens[j + 1]) is SourceWordRole.Determiner or SourceWordRole.Pronoun || char.IsUpper(text[tokens[j + 1].Range.Start])))
            {
                return phraseFirst;
            }

            linked |= participle || role == SourceWordRole.Preposition || IsAny(text, token, "who", "which", "that");
        }

        return linked ? clauseStart : phraseFirst;
    }

    /// <summary>
    /// "Lena Marsh, a spokeswoman for the agency, said" / "Marsh, who leads the agency, said": a source
    /// whose appositive sits between commas right before the cue, the closing comma included (as
    /// PolNeAR and PARC mark it). "Marsh, however, said" gives the name alone. Null when the words before
    /// the cue do not have that shape.
    /// </summary>
    private (int First, int End)? AppositiveBackward(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        var closing = end - 1;
        if (closing <= start || !IsChar(text, tokens[closing], ','))
        {
            return null;
        }

        var opening = closing - 1;
        while (opening > start && closing - opening <= MaxAppositiveTokens && !IsChar(text, tokens[opening], ','))
        {
            // "which tracks Americans’ support": a possessive apostrophe is no break.
            if (tokens[opening].Kind == TokenKind.Punctuation && IsBreak(text, tokens[opening]) && !IsPossessiveAfterWord(text, tokens, opening))
            {
                return null;
            }

            opening--;
        }

        if (opening <= start || !IsChar(text, tokens[opening], ',') || opening + 1 >= closing)
        {
            return null;
        }

        // "Don Fowler, who helmed the DNC from 1995 to 1997, during …, and has backed …, said": a relative
        // clause holding commas of its own opens at the comma before "who".
        if (!(closing - opening == 2 && IsSkippable(text, tokens[opening + 1])) && !IsAppositiveOpener(text, tokens[opening + 1])
            && RelativeClauseOpening(text, tokens, start, opening, closing) is { } relative)
        {
            opening = relative;
        }

        var (headFirst, headEnd) = PhraseBackward(text, tokens, start, opening);
        if (headEnd == headFirst || !HasCapitalOrPronoun(text, tokens, headFirst, headEnd))
        {
            return null;
        }

        if (closing - opening == 2 && IsSkippable(text, tokens[opening + 1]))
        {
            return (headFirst, headEnd);
        }

        if (!IsAppositiveOpener(text, tokens[opening + 1]))
        {
            return null;
        }

        // "Angelique Brunner, a developer and spokeswoman for the coalition, which is made up of …, said":
        // the head is itself an appositive; the name before it opens the source, which ends before the relative clause.
        if (headFirst - 1 > start && IsChar(text, tokens[headFirst - 1], ',') && IsOpener(text, tokens[headFirst])
            && PhraseBackward(text, tokens, start, headFirst - 1) is var (nameFirst, nameEnd) && nameEnd > nameFirst
            && char.IsUpper(text[tokens[nameFirst].Range.Start]))
        {
            return (nameFirst, IsAny(text, tokens[opening + 1], "who", "which") ? opening + 1 : closing + 1);
        }

        return (headFirst, closing + 1);
    }

    /// <summary>The comma before a "who"/"which" further back than <paramref name="opening"/>, within reach and with no other break between; or null.</summary>
    private static int? RelativeClauseOpening(string text, IReadOnlyList<Token> tokens, int start, int opening, int closing)
    {
        for (var j = opening - 1; j > start && closing - j <= MaxAppositiveTokens; j--)
        {
            if (IsChar(text, tokens[j], ',') && j + 1 < closing && IsAny(text, tokens[j + 1], "who", "which", "whose"))
            {
                return j;
            }

            if (tokens[j].Kind == TokenKind.Punctuation && !IsChar(text, tokens[j], ',') && IsBreak(text, tokens[j]) && !IsPossessiveAfterWord(text, tokens, j)
                && !IsPossessiveMark(text, tokens[j]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// After a source phrase read forward: its parenthesis and named complements, then an appositive
    /// (", a spokeswoman for the agency") up to the next comma (kept) or to <paramref name="contentEnd"/>.
    /// </summary>
    private int ExtendForward(string text, IReadOnlyList<Token> tokens, int last, int end, int contentEnd)
    {
        last = ExtendComplements(text, tokens, last, end);
        if (last + 1 >= end || !IsChar(text, tokens[last], ',') || !IsAppositiveOpener(text, tokens[last + 1]))
        {
            return last;
        }

        for (var j = last + 1; j < end && j - last <= MaxAppositiveTokens; j++)
        {
            if (j >= contentEnd)
            {
                return contentEnd;
            }

            if (IsChar(text, tokens[j], ','))
            {
                return j + 1;
            }

            if (tokens[j].Kind == TokenKind.Punctuation && IsBreak(text, tokens[j]))
            {
                return last;
            }
        }

        return last;
    }

    /// <summary>
    /// "…, according to a poll released last week." / "…, according to attorneys for the family, …": after a
    /// closing "according to", the source runs to the next break or the end of the sentence (modifiers,
    /// participles and complements included, as PolNeAR marks it). Unchanged when no break comes soon.
    /// </summary>
    private static int ExtendToBreak(string text, IReadOnlyList<Token> tokens, int last, int contentEnd)
    {
        for (var j = last; j <= contentEnd && j - last <= MaxSourceTokens; j++)
        {
            if (j == contentEnd || (tokens[j].Kind == TokenKind.Punctuation && IsBreak(text, tokens[j])))
            {
                return j;
            }
        }

        return last;
    }

    /// <summary>"Sen. Lena Marsh (D-Ore.)", "officials at the Red Cross": what may follow a source's head.</summary>
    private int ExtendComplements(string text, IReadOnlyList<Token> tokens, int last, int end)
    {
        while (last < end)
        {
            if (IsChar(text, tokens[last], '(') && MatchingClose(text, tokens, last, end) is { } close)
            {
                last = close + 1;
                continue;
            }

            var next = last + 1;
            if (next < end && (Role(text, tokens[last]) == SourceWordRole.Preposition || IsJoiner(text, tokens[last])))
            {
                var named = Role(text, tokens[next]) == SourceWordRole.Determiner && next + 1 < end ? next + 1 : next;
                if (tokens[named].Kind == TokenKind.Word && char.IsUpper(text[tokens[named].Range.Start]))
                {
                    var (_, complementEnd) = PhraseForward(text, tokens, next, end);
                    if (complementEnd > next)
                    {
                        last = complementEnd;
                        continue;
                    }
                }
            }

            break;
        }

        return last;
    }

    private static int? MatchingOpen(string text, IReadOnlyList<Token> tokens, int close, int start)
    {
        for (var j = close - 1; j >= start && close - j <= MaxParenthesisTokens; j--)
        {
            if (IsChar(text, tokens[j], '('))
            {
                return j;
            }
        }

        return null;
    }

    private static int? MatchingClose(string text, IReadOnlyList<Token> tokens, int open, int end)
    {
        for (var j = open + 1; j < end && j - open <= MaxParenthesisTokens; j++)
        {
            if (IsChar(text, tokens[j], ')'))
            {
                return j;
            }
        }

        return null;
    }

    /// <summary>
    /// What may open an appositive: a determiner or opener word ("a", "the", "who", "former"), a name, an
    /// age ("Ana Ruiz, 25,"), or a bare title noun ("chief strategist for …"), but not a participle or an
    /// adverb, which open a clause ("…, adding that", "…, reportedly").
    /// </summary>
    private bool IsAppositiveOpener(string text, Token token)
    {
        if (IsOpener(text, token) || token.Kind == TokenKind.Number)
        {
            return true;
        }

        if (token.Kind != TokenKind.Word || Role(text, token) is not null)
        {
            return false;
        }

        var word = Span(text, token);
        return char.IsUpper(word[0])
            || !(word.EndsWith("ing") || word.EndsWith("ed") || word.EndsWith("ly") || lexicon.SingleWordCues.ContainsKey(word));
    }

    private bool IsOpener(string text, Token token) =>
        Role(text, token) is SourceWordRole.Determiner or SourceWordRole.Opener || IsAny(text, token, "who", "which");

    private static bool HasCapitalOrPronoun(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        for (var j = first; j < end; j++)
        {
            if (tokens[j].Kind == TokenKind.Word && char.IsUpper(text[tokens[j].Range.Start]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"/" and "&amp;" join names ("the New York Times/CBS News poll", "Johnson &amp; Johnson").</summary>
    private static bool IsJoiner(string text, Token token) =>
        token.Range.Length == 1 && token.Kind is TokenKind.Punctuation or TokenKind.Symbol && text[token.Range.Start] is '/' or '&';

    private static bool IsChar(string text, Token token, char c) => token.Range.Length == 1 && text[token.Range.Start] == c;

    /// <summary>The source phrase starting at <paramref name="start"/>: "the Red Cross", "Lena Marsh" (up to a comma or a preposition).</summary>
    private (int First, int End) PhraseForward(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        if (start >= end)
        {
            return (start, start);
        }

        if (Role(text, tokens[start]) == SourceWordRole.Pronoun)
        {
            return (start, start + 1);
        }

        var last = start;
        for (var j = start; j < end && j - start < MaxSourceTokens; j++)
        {
            var joinsName = IsAny(text, tokens[j], "for", "on", "in") && j > start && j + 1 < end
                && char.IsUpper(text[tokens[j - 1].Range.Start]) && char.IsUpper(text[tokens[j + 1].Range.Start]);
            if (!joinsName && !IsPhraseToken(text, tokens, j, start, backwards: false))
            {
                break;
            }

            last = j + 1;
        }

        while (last > start && (Is(text, tokens[last - 1], "of") || Is(text, tokens[last - 1], "and") || Role(text, tokens[last - 1]) == SourceWordRole.Preposition))
        {
            last--;
        }

        return HasHead(text, tokens, start, last) ? (start, last) : (start, start);
    }

    private bool IsPhraseToken(string text, IReadOnlyList<Token> tokens, int j, int start, bool backwards)
    {
        var token = tokens[j];
        if (IsPossessiveMark(text, token))
        {
            return true;
        }

        if (token.Kind == TokenKind.Number)
        {
            return true;
        }

        // A contraction ("n’t", "’re") ends a source: "they don’t repeated" is no speaker.
        if (token.Kind != TokenKind.Word || text[token.Range.Start] is '\'' or '’' || IsAny(text, token, "n't", "n’t"))
        {
            return false;
        }

        var role = Role(text, token);
        if (role is SourceWordRole.Stop or SourceWordRole.Skip or SourceWordRole.Auxiliary or SourceWordRole.Pronoun or SourceWordRole.Preposition)
        {
            return false;
        }

        if (role is SourceWordRole.Part or SourceWordRole.Determiner || char.IsUpper(text[token.Range.Start]))
        {
            return true;
        }

        // A lowercase past form is a verb ("who attacked the town said"), unless a determiner makes it an
        // adjective ("the displaced residents"); a gerund after a name is a modifier ("the Daybreak tracking poll").
        var word = Span(text, token);
        if (backwards && word.EndsWith("ing") && j > start && tokens[j - 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[j - 1].Range.Start])
            && !lexicon.SingleWordCues.ContainsKey(word))
        {
            return true;
        }

        if (word.EndsWith("ed") || word.EndsWith("ing") || lexicon.SingleWordCues.ContainsKey(word))
        {
            // "…, leaked documents show": a participle opening its clause is an adjective too.
            var opensClause = !lexicon.SingleWordCues.ContainsKey(word) && word.EndsWith("ed")
                && (j == start || tokens[j - 1].Kind == TokenKind.Punctuation && IsBreak(text, tokens[j - 1]) && !IsPossessiveMark(text, tokens[j - 1]) || Is(text, tokens[j - 1], "that"));
            return backwards && (opensClause || (j > start && Role(text, tokens[j - 1]) is SourceWordRole.Part or SourceWordRole.Determiner && !Is(text, tokens[j - 1], "and") && !Is(text, tokens[j - 1], "of")));
        }

        return !word.EndsWith("ly");
    }

    /// <summary>A source needs a head: a name, a noun or a number, not only function words.</summary>
    private bool HasHead(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        for (var j = first; j < end; j++)
        {
            if (tokens[j].Kind == TokenKind.Word && Role(text, tokens[j]) is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>After "told": the recipient ("Reuters", "reporters", "the BBC") and an optional "that".</summary>
    private int SkipRecipient(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        var (_, recipientEnd) = PhraseForward(text, tokens, start, end);
        if (recipientEnd == start && start < end && Role(text, tokens[start]) == SourceWordRole.Pronoun)
        {
            recipientEnd = start + 1;
        }

        return recipientEnd;
    }

    private SourceWordRole? Role(string text, Token token) =>
        token.Kind == TokenKind.Word && lexicon.SourceWords.TryGetValue(Span(text, token), out var role) ? role : null;

    private bool IsSkippable(string text, Token token) =>
        Role(text, token) == SourceWordRole.Skip
        || (token.Kind == TokenKind.Word && char.IsLower(text[token.Range.Start]) && Span(text, token).EndsWith("ly"));

    private static bool PreviousIsBreak(string text, IReadOnlyList<Token> tokens, int start, int index) =>
        index > start && IsBreak(text, tokens[index - 1]);

    private static bool IsBreak(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Range.Start] is ',' or '"' or '”' or '’' or '\'' or ':' or '—' or '–' or ';';

    /// <summary>The content before a cue ends before the comma or dash that sets the cue off (the closing quote stays).</summary>
    private static int TrimBreaks(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        while (end > start && tokens[end - 1].Kind == TokenKind.Punctuation && text[tokens[end - 1].Range.Start] is ',' or ':' or '—' or '–' or ';')
        {
            end--;
        }

        return end;
    }

    /// <summary>The sentence without its final full stop.</summary>
    private static int TrimEnd(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        while (end > start && tokens[end - 1].Kind == TokenKind.Punctuation && text[tokens[end - 1].Range.Start] is '.' or ',' or ';' or ':')
        {
            end--;
        }

        return end;
    }

    private static int SkipPunctuation(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        while (start < end && tokens[start].Kind == TokenKind.Punctuation && text[tokens[start].Range.Start] is ',' or ':' or '—' or '–' or ';')
        {
            start++;
        }

        return start;
    }

    /// <summary>An apostrophe glued to the plural before it and followed by a word ("Americans’ support").</summary>
    private static bool IsPossessiveAfterWord(string text, IReadOnlyList<Token> tokens, int index) =>
        index > 0 && index + 1 < tokens.Count && text[tokens[index].Range.Start] is '\'' or '’' && tokens[index].Range.Length == 1
        && tokens[index - 1].Range.End == tokens[index].Range.Start && tokens[index + 1].Kind == TokenKind.Word
        && text[tokens[index].Range.Start - 1] is 's' or 'S' && tokens[index + 1].Range.Start > tokens[index].Range.End;

    private static bool IsPossessiveMark(string text, Token token)
    {
        var span = Span(text, token);
        return span is "'s" or "’s" or "'" or "’";
    }

    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '«' or '»';
}

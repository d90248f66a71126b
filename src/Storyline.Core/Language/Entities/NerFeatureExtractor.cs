namespace Storyline.Core.Language.Entities;

/// <summary>
/// Turns a document's sentences of words into feature keys for each token. Local features: the word
/// and its lowercase form, neighbouring words and shapes within two tokens, affixes, capitalisation
/// in context (sentence-initial, all-capitals headlines). Non-local features (after Ratinov and Roth
/// 2009): how the same word is written elsewhere in the document, so that a sentence-initial
/// "Rice" or a headline "BRUSSELS" borrows the evidence of its mid-sentence occurrences. Gazetteer
/// features mark tokens inside phrases from the name lists.
/// </summary>
public static class NerFeatureExtractor
{
    private const ulong BeforeSentence = 0xB05_0000_0000_0001;
    private const ulong AfterSentence = 0xE05_0000_0000_0002;

    private enum Template : ulong
    {
        Bias = 1,
        Word,
        Lower,
        LowerPrev,
        LowerNext,
        LowerPrev2,
        LowerNext2,
        LowerPrevLower,
        LowerLowerNext,
        Shape,
        ShapePrev,
        ShapeNext,
        ShapePrev2,
        ShapeNext2,
        ShapePrevShape,
        ShapeShapeNext,
        ShapeTrigram,
        Prefix,
        Suffix,
        InitialShape,
        HeadlineShape,
        LowerPrevShape,
        ShapeLowerNext,
        LengthShape,
        DocumentCase,
        DocumentForm,
        Gazetteer,
        InitialLower,
        HeadlineLower,
        WordPrev,
        WordNext,
        GazetteerPrev,
        GazetteerNext,
        QuoteContext,
        NumericDocumentShape,
        NumericDocumentLower,
        TableRowShape,
        TableRowGazetteer,
        ContextElsewherePrev,
        ContextElsewhereNext,
    }

    /// <summary>How many other occurrences of a word lend it their neighbours (bounds the work on repeated words).</summary>
    private const int MaxContextOccurrences = 8;

    /// <summary>Features of every sentence of a document.</summary>
    /// <param name="gazetteerTypes">Type bits of a phrase hash (see <see cref="Gazetteer"/>).</param>
    public static SentenceFeatures[] Extract(IReadOnlyList<IReadOnlyList<string>> sentences, Func<ulong, uint> gazetteerTypes)
    {
        var infos = new TokenInfo[sentences.Count][];
        var headline = new bool[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            infos[s] = sentences[s].Select(TokenInfo.Of).ToArray();
            headline[s] = IsHeadline(infos[s]);
        }

        var document = DocumentEvidence(infos, headline);
        var numeric = IsNumericDocument(infos);
        var contexts = ContextsElsewhere(infos);
        var result = new SentenceFeatures[sentences.Count];
        var keys = new List<ulong>(64);
        for (var s = 0; s < sentences.Count; s++)
        {
            result[s] = ExtractSentence(infos, s, headline[s], numeric, document, contexts, gazetteerTypes, keys);
        }

        return result;
    }

    private static SentenceFeatures ExtractSentence(
        TokenInfo[][] sentences,
        int sentenceIndex,
        bool headline,
        bool numericDocument,
        Dictionary<ulong, WordEvidence> document,
        Dictionary<ulong, List<(int Sentence, int Token)>> contexts,
        Func<ulong, uint> gazetteerTypes,
        List<ulong> keys)
    {
        var tokens = sentences[sentenceIndex];
        var gazetteer = GazetteerMarks(tokens, gazetteerTypes);
        var tableRow = IsTableRow(tokens);
        var offsets = new int[tokens.Length + 1];
        var all = new List<ulong>(tokens.Length * 48);
        for (var i = 0; i < tokens.Length; i++)
        {
            keys.Clear();
            var t = tokens[i];
            var lowerPrev = i > 0 ? tokens[i - 1].Lower : BeforeSentence;
            var lowerPrev2 = i > 1 ? tokens[i - 2].Lower : BeforeSentence;
            var lowerNext = i + 1 < tokens.Length ? tokens[i + 1].Lower : AfterSentence;
            var lowerNext2 = i + 2 < tokens.Length ? tokens[i + 2].Lower : AfterSentence;
            var wordPrev = i > 0 ? tokens[i - 1].Word : BeforeSentence;
            var wordNext = i + 1 < tokens.Length ? tokens[i + 1].Word : AfterSentence;
            var shapePrev = i > 0 ? tokens[i - 1].Shape : BeforeSentence;
            var shapePrev2 = i > 1 ? tokens[i - 2].Shape : BeforeSentence;
            var shapeNext = i + 1 < tokens.Length ? tokens[i + 1].Shape : AfterSentence;
            var shapeNext2 = i + 2 < tokens.Length ? tokens[i + 2].Shape : AfterSentence;

            Add(keys, Template.Bias, 0);
            Add(keys, Template.Word, t.Word);
            Add(keys, Template.Lower, t.Lower);
            Add(keys, Template.LowerPrev, lowerPrev);
            Add(keys, Template.LowerNext, lowerNext);
            Add(keys, Template.LowerPrev2, lowerPrev2);
            Add(keys, Template.LowerNext2, lowerNext2);
            Add(keys, Template.LowerPrevLower, lowerPrev, t.Lower);
            Add(keys, Template.LowerLowerNext, t.Lower, lowerNext);
            Add(keys, Template.WordPrev, wordPrev);
            Add(keys, Template.WordNext, wordNext);
            Add(keys, Template.Shape, t.Shape);
            Add(keys, Template.ShapePrev, shapePrev);
            Add(keys, Template.ShapeNext, shapeNext);
            Add(keys, Template.ShapePrev2, shapePrev2);
            Add(keys, Template.ShapeNext2, shapeNext2);
            Add(keys, Template.ShapePrevShape, shapePrev, t.Shape);
            Add(keys, Template.ShapeShapeNext, t.Shape, shapeNext);
            Add(keys, Template.ShapeTrigram, FeatureHash.Mix(shapePrev, t.Shape), shapeNext);
            Add(keys, Template.LowerPrevShape, lowerPrev, t.Shape);
            Add(keys, Template.ShapeLowerNext, t.Shape, lowerNext);
            Add(keys, Template.LengthShape, (ulong)Math.Min(t.Length, 6), t.Shape);
            for (var k = 0; k < t.Prefixes.Length; k++)
            {
                Add(keys, Template.Prefix, t.Prefixes[k]);
                Add(keys, Template.Suffix, t.Suffixes[k]);
            }

            if (i == 0)
            {
                Add(keys, Template.InitialShape, t.Shape);
                Add(keys, Template.InitialLower, t.Lower);
            }

            if (headline)
            {
                Add(keys, Template.HeadlineShape, t.Shape);
                Add(keys, Template.HeadlineLower, t.Lower);
            }

            if (t.HasUpper && document.TryGetValue(t.Lower, out var evidence))
            {
                var unsure = i == 0 || headline || t.AllCaps || (i > 0 && tokens[i - 1].IsQuote);
                var pattern = (evidence.CapitalisedMid > 0 ? 1ul : 0) | (evidence.LowerMid > 0 ? 2ul : 0) | (unsure ? 4ul : 0);
                Add(keys, Template.DocumentCase, pattern, t.Shape);
                if (unsure && evidence.Form != 0)
                {
                    Add(keys, Template.DocumentForm, evidence.Form);
                }
            }

            AddGazetteer(keys, Template.Gazetteer, gazetteer[i]);
            if (i > 0)
            {
                AddGazetteer(keys, Template.GazetteerPrev, gazetteer[i - 1]);
            }

            if (i + 1 < tokens.Length)
            {
                AddGazetteer(keys, Template.GazetteerNext, gazetteer[i + 1]);
            }

            if (i > 0 && tokens[i - 1].IsQuote)
            {
                Add(keys, Template.QuoteContext, t.Shape);
            }

            // Results tables and scoreboards ("Leeds 2 Chelsea 1") name teams after their towns.
            if (numericDocument && t.HasUpper)
            {
                Add(keys, Template.NumericDocumentShape, t.Shape);
                Add(keys, Template.NumericDocumentLower, t.Lower);
            }

            if (tableRow && t.HasUpper)
            {
                Add(keys, Template.TableRowShape, t.Shape);
                AddGazetteer(keys, Template.TableRowGazetteer, gazetteer[i]);
            }

            // Context aggregation (Ratinov and Roth): the neighbours of the same word elsewhere.
            if (t.HasUpper && contexts.TryGetValue(t.Lower, out var occurrences))
            {
                foreach (var (s, k) in occurrences)
                {
                    if (s == sentenceIndex && k == i)
                    {
                        continue;
                    }

                    var other = sentences[s];
                    Add(keys, Template.ContextElsewherePrev, k > 0 ? other[k - 1].Lower : BeforeSentence);
                    Add(keys, Template.ContextElsewhereNext, k + 1 < other.Length ? other[k + 1].Lower : AfterSentence);
                }
            }

            offsets[i] = all.Count;
            all.AddRange(keys);
        }

        offsets[tokens.Length] = all.Count;
        return new SentenceFeatures([.. all], offsets);
    }

    /// <summary>For each token, 4 bits per gazetteer type: begins, inside, ends, whole phrase.</summary>
    private static ulong[] GazetteerMarks(TokenInfo[] tokens, Func<ulong, uint> gazetteerTypes)
    {
        var marks = new ulong[tokens.Length];
        for (var start = 0; start < tokens.Length; start++)
        {
            if (!tokens[start].HasLetterOrDigit)
            {
                continue;
            }

            var phrase = Gazetteer.PhraseSeed;
            var limit = Math.Min(tokens.Length, start + Gazetteer.MaxPhraseLength);
            for (var end = start + 1; end <= limit; end++)
            {
                phrase = Gazetteer.PhraseStep(phrase, tokens[end - 1].Lower);
                var types = gazetteerTypes(phrase);
                if (types == 0)
                {
                    continue;
                }

                for (var type = 0; type < Gazetteer.TypeNames.Count; type++)
                {
                    if ((types & (1u << type)) == 0)
                    {
                        continue;
                    }

                    if (end - start == 1)
                    {
                        marks[start] |= 8ul << (4 * type);
                        continue;
                    }

                    marks[start] |= 1ul << (4 * type);
                    for (var i = start + 1; i < end - 1; i++)
                    {
                        marks[i] |= 2ul << (4 * type);
                    }

                    marks[end - 1] |= 4ul << (4 * type);
                }
            }
        }

        return marks;
    }

    private static void AddGazetteer(List<ulong> keys, Template template, ulong marks)
    {
        for (var type = 0; marks != 0; type++, marks >>= 4)
        {
            var bits = marks & 0xF;
            for (var position = 0; position < 4; position++)
            {
                if ((bits & (1ul << position)) != 0)
                {
                    Add(keys, template, (ulong)type, (ulong)position);
                }
            }
        }
    }

    private static Dictionary<ulong, WordEvidence> DocumentEvidence(TokenInfo[][] sentences, bool[] headline)
    {
        var evidence = new Dictionary<ulong, WordEvidence>();
        for (var s = 0; s < sentences.Length; s++)
        {
            if (headline[s])
            {
                continue;
            }

            var tokens = sentences[s];
            for (var i = 1; i < tokens.Length; i++)
            {
                var t = tokens[i];
                if (!t.HasLetter || tokens[i - 1].IsQuote || tokens[i - 1].EndsSentence)
                {
                    continue;
                }

                var current = evidence.GetValueOrDefault(t.Lower);
                if (t.InitialCap && !t.AllCaps)
                {
                    current = current with { CapitalisedMid = current.CapitalisedMid + 1, Form = current.Form == 0 ? t.Word : current.Form };
                }
                else if (!t.HasUpper)
                {
                    current = current with { LowerMid = current.LowerMid + 1 };
                }

                evidence[t.Lower] = current;
            }
        }

        return evidence;
    }

    /// <summary>Where each capitalised word occurs in the document (its first few places).</summary>
    private static Dictionary<ulong, List<(int Sentence, int Token)>> ContextsElsewhere(TokenInfo[][] sentences)
    {
        var places = new Dictionary<ulong, List<(int, int)>>();
        for (var s = 0; s < sentences.Length; s++)
        {
            for (var i = 0; i < sentences[s].Length; i++)
            {
                var t = sentences[s][i];
                if (!t.HasUpper || !t.HasLetter)
                {
                    continue;
                }

                if (!places.TryGetValue(t.Lower, out var list))
                {
                    list = [];
                    places[t.Lower] = list;
                }

                if (list.Count <= MaxContextOccurrences)
                {
                    list.Add((s, i));
                }
            }
        }

        return places;
    }

    /// <summary>Whether numbers make up a fifth or more of the document's tokens (results, tables, markets).</summary>
    private static bool IsNumericDocument(TokenInfo[][] sentences)
    {
        var tokens = 0;
        var numbers = 0;
        foreach (var sentence in sentences)
        {
            foreach (var t in sentence)
            {
                tokens++;
                numbers += t.IsNumber ? 1 : 0;
            }
        }

        return tokens > 0 && numbers * 5 >= tokens;
    }

    /// <summary>A short line holding numbers and no sentence punctuation, like a row of a results table.</summary>
    private static bool IsTableRow(TokenInfo[] tokens)
    {
        if (tokens.Length > 16)
        {
            return false;
        }

        var numbers = 0;
        foreach (var t in tokens)
        {
            if (t.EndsSentence)
            {
                return false;
            }

            numbers += t.IsNumber ? 1 : 0;
        }

        return numbers > 0;
    }

    private static bool IsHeadline(TokenInfo[] tokens)
    {
        var words = 0;
        var capitals = 0;
        foreach (var t in tokens)
        {
            if (t.HasLetter && t.Length > 1)
            {
                words++;
                capitals += t.AllCaps ? 1 : 0;
            }
        }

        return words >= 2 && capitals * 4 >= words * 3;
    }

    private static void Add(List<ulong> keys, Template template, ulong value) =>
        keys.Add(FeatureHash.Key(FeatureHash.Mix((ulong)template, value)));

    private static void Add(List<ulong> keys, Template template, ulong first, ulong second) =>
        keys.Add(FeatureHash.Key(FeatureHash.Mix((ulong)template, first, second)));

    private readonly record struct WordEvidence(int CapitalisedMid, int LowerMid, ulong Form);
}

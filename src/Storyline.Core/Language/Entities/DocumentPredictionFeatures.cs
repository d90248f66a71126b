namespace Storyline.Core.Language.Entities;

/// <summary>
/// The second pass of the tagger's two-pass scheme (after Ratinov and Roth 2009, "extended
/// prediction history" and document-level aggregation): each token gets the first pass's tags for
/// the same word elsewhere in the document (the majority entity class of its other occurrences, the
/// classes seen, the tag of its first mention) and the first pass's own tag for it, so that a name
/// tagged confidently in one sentence lends its type to an ambiguous mention in another.
/// </summary>
public static class DocumentPredictionFeatures
{
    private const int Classes = 5;

    private enum Template : ulong
    {
        OwnTag = 101,
        OtherMajority,
        OtherClasses,
        FirstMention,
        OwnTagPrevTag,
        OwnTagNextTag,
        OtherMajorityOwnClass,
        PhraseElsewhere,
        PrevOtherMajority,
        NextOtherMajority,
        OwnTagWindow,
    }

    /// <summary>The document-prediction features of every token (to be scored besides its first-pass features).</summary>
    /// <param name="firstPassTags">The first pass's BILOU tags, per sentence.</param>
    public static SentenceFeatures[] Extract(IReadOnlyList<IReadOnlyList<string>> sentences, int[][] firstPassTags)
    {
        var lower = new ulong[sentences.Count][];
        var evidence = new Dictionary<ulong, Occurrences>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            lower[s] = new ulong[words.Count];
            for (var i = 0; i < words.Count; i++)
            {
                if (!HasLetter(words[i]))
                {
                    continue;
                }

                var hash = FeatureHash.OfLower(words[i]);
                lower[s][i] = hash;
                ref var occurrences = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(evidence, hash, out var existed);
                if (!existed)
                {
                    occurrences = new Occurrences(firstPassTags[s][i], s, i);
                }

                occurrences.Count(ClassOf(firstPassTags[s][i]));
            }
        }

        var phrases = PredictedPhrases(sentences, firstPassTags);
        var result = new SentenceFeatures[sentences.Count];
        Span<int> others = stackalloc int[Classes];
        var keys = new List<ulong>(256);
        for (var s = 0; s < sentences.Count; s++)
        {
            var tags = firstPassTags[s];
            var majorities = new int[tags.Length];
            for (var i = 0; i < tags.Length; i++)
            {
                majorities[i] = -1;
                if (lower[s][i] != 0 && evidence.TryGetValue(lower[s][i], out var occurrences))
                {
                    occurrences.CopyCounts(others);
                    others[ClassOf(tags[i])]--;
                    majorities[i] = Majority(others);
                }
            }

            var phraseMarks = PhraseMarks(sentences[s], tags, phrases);
            keys.Clear();
            var offsets = new int[tags.Length + 1];
            for (var i = 0; i < tags.Length; i++)
            {
                offsets[i] = keys.Count;
                var own = tags[i];
                var previous = i > 0 ? tags[i - 1] : -1;
                var next = i + 1 < tags.Length ? tags[i + 1] : -2;
                Add(keys, Template.OwnTag, (ulong)own);
                Add(keys, Template.OwnTagPrevTag, (ulong)own, (ulong)(previous + 2));
                Add(keys, Template.OwnTagNextTag, (ulong)own, (ulong)(next + 2));
                var previous2 = i > 1 ? tags[i - 2] : -1;
                var next2 = i + 2 < tags.Length ? tags[i + 2] : -2;
                Add(keys, Template.OwnTagWindow, FeatureHash.Mix((ulong)(previous2 + 2), (ulong)(previous + 2)), FeatureHash.Mix((ulong)own, (ulong)(next + 2), (ulong)(next2 + 2)));
                for (var marks = phraseMarks[i]; marks != 0; marks &= marks - 1)
                {
                    Add(keys, Template.PhraseElsewhere, (ulong)System.Numerics.BitOperations.TrailingZeroCount(marks));
                }

                if (i > 0 && majorities[i - 1] >= 0)
                {
                    Add(keys, Template.PrevOtherMajority, (ulong)majorities[i - 1]);
                }

                if (i + 1 < tags.Length && majorities[i + 1] >= 0)
                {
                    Add(keys, Template.NextOtherMajority, (ulong)majorities[i + 1]);
                }

                var majority = majorities[i];
                if (majority < 0)
                {
                    continue;
                }

                var occurrences = evidence[lower[s][i]];
                occurrences.CopyCounts(others);
                others[ClassOf(own)]--;
                var classes = 0ul;
                for (var c = 0; c < Classes; c++)
                {
                    classes |= others[c] > 0 ? 1ul << c : 0;
                }

                Add(keys, Template.OtherMajority, (ulong)majority);
                Add(keys, Template.OtherClasses, classes);
                Add(keys, Template.OtherMajorityOwnClass, (ulong)majority, (ulong)ClassOf(own));
                if (occurrences.FirstSentence < s || (occurrences.FirstSentence == s && occurrences.FirstToken < i))
                {
                    Add(keys, Template.FirstMention, (ulong)occurrences.FirstTag);
                }
            }

            offsets[tags.Length] = keys.Count;
            result[s] = new SentenceFeatures([.. keys], offsets);
        }

        return result;
    }

    /// <summary>The most frequent class with a positive count, or -1.</summary>
    private static int Majority(ReadOnlySpan<int> counts)
    {
        var majority = -1;
        for (var c = 0; c < counts.Length; c++)
        {
            if (counts[c] > 0 && (majority < 0 || counts[c] > counts[majority]))
            {
                majority = c;
            }
        }

        return majority;
    }

    /// <summary>How many times the first pass tagged each phrase (by hash) as each entity type in the document.</summary>
    private static Dictionary<ulong, PhraseCounts> PredictedPhrases(IReadOnlyList<IReadOnlyList<string>> sentences, int[][] tags)
    {
        var phrases = new Dictionary<ulong, PhraseCounts>();
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var (start, end, type) in BilouTags.Spans(tags[s]))
            {
                if (end - start > Gazetteer.MaxPhraseLength)
                {
                    continue;
                }

                var hash = Gazetteer.PhraseSeed;
                for (var i = start; i < end; i++)
                {
                    hash = Gazetteer.PhraseStep(hash, FeatureHash.OfLower(sentences[s][i]));
                }

                ref var counts = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(phrases, hash, out _);
                counts[(int)type]++;
            }
        }

        return phrases;
    }

    /// <summary>
    /// For each token, bits (4 per entity type: begins, inside, ends, whole phrase) of the phrases
    /// covering it that the first pass tagged elsewhere in the document (not counting this span's own tag).
    /// </summary>
    private static uint[] PhraseMarks(IReadOnlyList<string> words, int[] tags, Dictionary<ulong, PhraseCounts> phrases)
    {
        var marks = new uint[words.Count];
        if (phrases.Count == 0)
        {
            return marks;
        }

        for (var start = 0; start < words.Count; start++)
        {
            var hash = Gazetteer.PhraseSeed;
            var limit = Math.Min(words.Count, start + Gazetteer.MaxPhraseLength);
            for (var end = start + 1; end <= limit; end++)
            {
                hash = Gazetteer.PhraseStep(hash, FeatureHash.OfLower(words[end - 1]));
                if (!phrases.TryGetValue(hash, out var counts))
                {
                    continue;
                }

                var ownType = OwnSpanType(tags, start, end);
                for (var type = 0; type < 4; type++)
                {
                    if (counts[type] - (ownType == type ? 1 : 0) <= 0)
                    {
                        continue;
                    }

                    if (end - start == 1)
                    {
                        marks[start] |= 8u << (4 * type);
                        continue;
                    }

                    marks[start] |= 1u << (4 * type);
                    for (var i = start + 1; i < end - 1; i++)
                    {
                        marks[i] |= 2u << (4 * type);
                    }

                    marks[end - 1] |= 4u << (4 * type);
                }
            }
        }

        return marks;
    }

    /// <summary>The entity type the tags give exactly the span [start, end), or -1.</summary>
    private static int OwnSpanType(int[] tags, int start, int end)
    {
        var first = tags[start];
        if (first == BilouTags.Outside)
        {
            return -1;
        }

        var type = BilouTags.TypeOf(first);
        var expected = BilouTags.FromSpans(end - start, [(0, end - start, type)]);
        for (var i = start; i < end; i++)
        {
            if (tags[i] != expected[i - start])
            {
                return -1;
            }
        }

        return (int)type;
    }

    /// <summary>0 for outside, 1 + entity type otherwise.</summary>
    private static int ClassOf(int tag) => tag == BilouTags.Outside ? 0 : 1 + (int)BilouTags.TypeOf(tag);

    private static bool HasLetter(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(List<ulong> keys, Template template, ulong value) =>
        keys.Add(FeatureHash.Key(FeatureHash.Mix((ulong)template, value)));

    private static void Add(List<ulong> keys, Template template, ulong first, ulong second) =>
        keys.Add(FeatureHash.Key(FeatureHash.Mix((ulong)template, first, second)));

    /// <summary>How often the first pass put one word in each class, and where it first saw it.</summary>
    private struct Occurrences(int firstTag, int firstSentence, int firstToken)
    {
        private Counts _counts;

        public readonly int FirstTag => firstTag;

        public readonly int FirstSentence => firstSentence;

        public readonly int FirstToken => firstToken;

        public void Count(int cls) => _counts[cls]++;

        public readonly void CopyCounts(Span<int> destination) => ((ReadOnlySpan<int>)_counts).CopyTo(destination);
    }

    [System.Runtime.CompilerServices.InlineArray(4)]
    private struct PhraseCounts
    {
        private int _element;
    }

    [System.Runtime.CompilerServices.InlineArray(Classes)]
    private struct Counts
    {
        private int _element;
    }
}

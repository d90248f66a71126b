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

        var result = new SentenceFeatures[sentences.Count];
        Span<int> others = stackalloc int[Classes];
        var keys = new List<ulong>(256);
        for (var s = 0; s < sentences.Count; s++)
        {
            var tags = firstPassTags[s];
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
                if (lower[s][i] == 0 || !evidence.TryGetValue(lower[s][i], out var occurrences))
                {
                    continue;
                }

                occurrences.CopyCounts(others);
                others[ClassOf(own)]--;
                var majority = -1;
                var classes = 0ul;
                for (var c = 0; c < Classes; c++)
                {
                    if (others[c] > 0)
                    {
                        classes |= 1ul << c;
                        if (majority < 0 || others[c] > others[majority])
                        {
                            majority = c;
                        }
                    }
                }

                if (majority < 0)
                {
                    continue;
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

    [System.Runtime.CompilerServices.InlineArray(Classes)]
    private struct Counts
    {
        private int _element;
    }
}

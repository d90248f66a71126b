using System.Diagnostics;

namespace Storyline.Core.Language.Entities;

/// <summary>
/// Trains <see cref="NerModel"/>: a structured perceptron (Collins 2002) with weight averaging,
/// decoding with Viterbi over BILOU tags, visiting sentences in a seeded shuffled order, keeping the
/// epoch that scores best on the validation documents. Deterministic for a given input and seed.
/// </summary>
public static class NerPerceptronTrainer
{
    private const int T = BilouTags.Count;

    public static NerTrainingResult Train(IReadOnlyList<LabeledDocument> train, IReadOnlyList<LabeledDocument> valid, NerTrainingOptions options)
    {
        if (train.Count == 0)
        {
            throw new ArgumentException("No training documents.", nameof(train));
        }

        var clock = Stopwatch.StartNew();
        var handLists = Gazetteer.LoadHandLists();
        var derived = DeriveGazetteer(train);

        // Each training document sees the name lists without the names only it contributes, so the
        // weights learn how far a list match is worth on names the lists do not already know.
        var trainFeatures = new List<(SentenceFeatures Features, int[] Gold)>();
        for (var d = 0; d < train.Count; d++)
        {
            var document = d;
            var features = NerFeatureExtractor.Extract(train[d].Words, hash => LeaveOneOut(hash, document, handLists, derived));
            for (var s = 0; s < features.Length; s++)
            {
                trainFeatures.Add((features[s], train[d].Sentences[s].Tags));
            }
        }

        var gazetteer = FinalGazetteer(handLists, derived);
        var validFeatures = valid
            .Select(doc => (Features: NerFeatureExtractor.Extract(doc.Words, gazetteer.TypesOf), Gold: doc.Sentences.Select(s => s.Tags).ToArray()))
            .ToArray();

        var (keys, rowOf) = AssignRows(trainFeatures.Select(f => f.Features), options.MinFeatureCount);
        var trainSentences = trainFeatures.Select(f => Encode(f.Features, rowOf, f.Gold)).ToArray();
        var validSentences = validFeatures
            .SelectMany(doc => doc.Features.Select((features, s) => Encode(features, rowOf, doc.Gold[s])))
            .ToArray();
        options.Log?.Invoke($"{trainSentences.Length} training sentences, {keys.Count} features, {gazetteer.Count} gazetteer phrases ({clock.Elapsed.TotalSeconds:F1} s)");

        var weights = new Averaged(keys.Count * T);
        var transitions = new Averaged(T * T);
        var start = new Averaged(T);
        var end = new Averaged(T);
        var order = Enumerable.Range(0, trainSentences.Length).ToArray();
        var random = new Random(options.Seed);
        var emissions = new float[256 * T];
        var scores = new List<double>();
        (float[] Weights, float[] Transitions, float[] Start, float[] End)? best = null;
        var bestEpoch = 0;
        var counter = 1;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var sentence = trainSentences[index];
                var length = sentence.Gold.Length;
                if (emissions.Length < length * T)
                {
                    emissions = new float[length * T];
                }

                Score(sentence, weights.Current, emissions);
                var predicted = Viterbi.Decode(emissions, length, transitions.Current, start.Current, end.Current);
                Update(sentence, predicted, counter, weights, transitions, start, end);
                counter++;
            }

            var averaged = (weights.Average(counter), transitions.Average(counter), start.Average(counter), end.Average(counter));
            var f1 = SpanF1(validSentences, averaged.Item1, averaged.Item2, averaged.Item3, averaged.Item4);
            scores.Add(f1);
            options.Log?.Invoke($"epoch {epoch}: valid F1 {f1:F2} ({clock.Elapsed.TotalSeconds:F1} s)");
            if (best is null || f1 > scores[bestEpoch - 1])
            {
                best = averaged;
                bestEpoch = epoch;
            }
        }

        var model = Compact(keys, best!.Value.Weights, best.Value.Transitions, best.Value.Start, best.Value.End, gazetteer);
        options.Log?.Invoke($"kept epoch {bestEpoch} (valid F1 {scores[bestEpoch - 1]:F2}); {model.FeatureCount} features after pruning ({clock.Elapsed.TotalSeconds:F1} s)");
        return new NerTrainingResult(model, bestEpoch, scores);
    }

    private static void Score(EncodedSentence sentence, float[] weights, float[] emissions)
    {
        var length = sentence.Gold.Length;
        Array.Clear(emissions, 0, length * T);
        for (var i = 0; i < length; i++)
        {
            var target = emissions.AsSpan(i * T, T);
            for (var k = sentence.Offsets[i]; k < sentence.Offsets[i + 1]; k++)
            {
                var row = weights.AsSpan(sentence.Rows[k] * T, T);
                for (var t = 0; t < T; t++)
                {
                    target[t] += row[t];
                }
            }
        }
    }

    private static void Update(EncodedSentence sentence, int[] predicted, int counter, Averaged weights, Averaged transitions, Averaged start, Averaged end)
    {
        var gold = sentence.Gold;
        for (var i = 0; i < gold.Length; i++)
        {
            if (gold[i] != predicted[i])
            {
                for (var k = sentence.Offsets[i]; k < sentence.Offsets[i + 1]; k++)
                {
                    var row = sentence.Rows[k] * T;
                    weights.Add(row + gold[i], 1, counter);
                    weights.Add(row + predicted[i], -1, counter);
                }
            }

            if (i > 0 && (gold[i - 1] != predicted[i - 1] || gold[i] != predicted[i]))
            {
                transitions.Add((gold[i - 1] * T) + gold[i], 1, counter);
                transitions.Add((predicted[i - 1] * T) + predicted[i], -1, counter);
            }
        }

        if (gold.Length > 0 && gold[0] != predicted[0])
        {
            start.Add(gold[0], 1, counter);
            start.Add(predicted[0], -1, counter);
        }

        if (gold.Length > 0 && gold[^1] != predicted[^1])
        {
            end.Add(gold[^1], 1, counter);
            end.Add(predicted[^1], -1, counter);
        }
    }

    /// <summary>Exact span-and-type F1 in percent, as conlleval computes it for well-formed tags.</summary>
    private static double SpanF1(EncodedSentence[] sentences, float[] weights, float[] transitions, float[] start, float[] end)
    {
        var found = 0;
        var expected = 0;
        var correct = 0;
        var emissions = new float[256 * T];
        foreach (var sentence in sentences)
        {
            if (emissions.Length < sentence.Gold.Length * T)
            {
                emissions = new float[sentence.Gold.Length * T];
            }

            Score(sentence, weights, emissions);
            var predicted = Viterbi.Decode(emissions, sentence.Gold.Length, transitions, start, end);
            var goldSpans = BilouTags.Spans(sentence.Gold).ToHashSet();
            var predictedSpans = BilouTags.Spans(predicted).ToList();
            expected += goldSpans.Count;
            found += predictedSpans.Count;
            correct += predictedSpans.Count(goldSpans.Contains);
        }

        var precision = found == 0 ? 0 : (double)correct / found;
        var recall = expected == 0 ? 0 : (double)correct / expected;
        return precision + recall == 0 ? 0 : 200 * precision * recall / (precision + recall);
    }

    private static (List<ulong> Keys, Dictionary<ulong, int> RowOf) AssignRows(IEnumerable<SentenceFeatures> sentences, int minCount)
    {
        var counts = new Dictionary<ulong, int>();
        var firstSeen = new List<ulong>();
        foreach (var sentence in sentences)
        {
            foreach (var key in sentence.Keys)
            {
                var count = counts.GetValueOrDefault(key);
                if (count == 0)
                {
                    firstSeen.Add(key);
                }

                counts[key] = count + 1;
            }
        }

        var keys = firstSeen.Where(k => counts[k] >= minCount).ToList();
        var rowOf = new Dictionary<ulong, int>(keys.Count);
        for (var row = 0; row < keys.Count; row++)
        {
            rowOf[keys[row]] = row;
        }

        return (keys, rowOf);
    }

    private static EncodedSentence Encode(SentenceFeatures features, Dictionary<ulong, int> rowOf, int[] gold)
    {
        var rows = new List<int>(features.Keys.Length);
        var offsets = new int[features.Length + 1];
        for (var i = 0; i < features.Length; i++)
        {
            offsets[i] = rows.Count;
            for (var k = features.Offsets[i]; k < features.Offsets[i + 1]; k++)
            {
                if (rowOf.TryGetValue(features.Keys[k], out var row))
                {
                    rows.Add(row);
                }
            }
        }

        offsets[features.Length] = rows.Count;
        return new EncodedSentence([.. rows], offsets, gold);
    }

    private static Dictionary<ulong, DerivedPhrase> DeriveGazetteer(IReadOnlyList<LabeledDocument> train)
    {
        var phrases = new Dictionary<ulong, DerivedPhrase>();
        for (var d = 0; d < train.Count; d++)
        {
            foreach (var sentence in train[d].Sentences)
            {
                foreach (var (start, end, type) in BilouTags.Spans(sentence.Tags))
                {
                    if (end - start > Gazetteer.MaxPhraseLength)
                    {
                        continue;
                    }

                    var hash = Gazetteer.PhraseHash(sentence.Words.Skip(start).Take(end - start));
                    if (!phrases.TryGetValue(hash, out var phrase))
                    {
                        phrase = new DerivedPhrase();
                        phrases[hash] = phrase;
                    }

                    phrase.Add((int)type, d);
                }
            }
        }

        return phrases;
    }

    private static uint LeaveOneOut(ulong hash, int document, Dictionary<ulong, uint> handLists, Dictionary<ulong, DerivedPhrase> derived)
    {
        var types = handLists.GetValueOrDefault(hash);
        if (derived.TryGetValue(hash, out var phrase))
        {
            types |= phrase.TypesExcluding(document);
        }

        return types;
    }

    private static Gazetteer FinalGazetteer(Dictionary<ulong, uint> handLists, Dictionary<ulong, DerivedPhrase> derived)
    {
        var all = new Dictionary<ulong, uint>(handLists);
        foreach (var (hash, phrase) in derived)
        {
            all[hash] = all.GetValueOrDefault(hash) | phrase.TypesExcluding(-1);
        }

        return new Gazetteer(all);
    }

    /// <summary>Pairs quantised averaged weights with their keys, dropping features whose weights round to zero.</summary>
    private static NerModel Compact(List<ulong> keys, float[] weights, float[] transitions, float[] start, float[] end, Gazetteer gazetteer)
    {
        var maxAbs = weights.Length == 0 ? 1f : weights.Max(Math.Abs);
        var scale = maxAbs / short.MaxValue;
        var keptKeys = new List<ulong>();
        var kept = new List<short>();
        Span<short> row = stackalloc short[T];
        for (var r = 0; r < keys.Count; r++)
        {
            var any = false;
            for (var t = 0; t < T; t++)
            {
                row[t] = (short)Math.Round(weights[(r * T) + t] / scale);
                any |= row[t] != 0;
            }

            if (any)
            {
                keptKeys.Add(keys[r]);
                foreach (var value in row)
                {
                    kept.Add(value);
                }
            }
        }

        return new NerModel([.. keptKeys], [.. kept], scale, transitions, start, end, gazetteer);
    }

    private sealed record EncodedSentence(int[] Rows, int[] Offsets, int[] Gold);

    /// <summary>Documents that marked a phrase as each entity type, enough to leave one document out.</summary>
    private sealed class DerivedPhrase
    {
        private readonly int[] _documents = new int[4];
        private readonly int[] _lastDocument = [-1, -1, -1, -1];

        public void Add(int type, int document)
        {
            if (_lastDocument[type] != document)
            {
                _documents[type]++;
                _lastDocument[type] = document;
            }
        }

        public uint TypesExcluding(int document)
        {
            var types = 0u;
            for (var type = 0; type < 4; type++)
            {
                var others = _documents[type] - (_lastDocument[type] == document && document >= 0 ? 1 : 0);
                if (others > 0)
                {
                    types |= 1u << type;
                }
            }

            return types;
        }
    }

    /// <summary>Perceptron weights with the running sums needed to average them cheaply (Daumé's trick).</summary>
    private sealed class Averaged(int size)
    {
        private readonly float[] _sums = new float[size];

        public float[] Current { get; } = new float[size];

        public void Add(int index, float delta, int counter)
        {
            Current[index] += delta;
            _sums[index] += counter * delta;
        }

        public float[] Average(int counter)
        {
            var average = new float[Current.Length];
            for (var i = 0; i < average.Length; i++)
            {
                average[i] = Current[i] - (_sums[i] / counter);
            }

            return average;
        }
    }
}

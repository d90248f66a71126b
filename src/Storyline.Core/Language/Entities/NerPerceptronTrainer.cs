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
        void Log(string message) => options.Log?.Invoke($"{message} ({clock.Elapsed.TotalSeconds:F1} s)");
        var handLists = Gazetteer.LoadHandLists();
        var derived = DeriveGazetteer(train);

        // Each training document sees the name lists without the names only it contributes, so the
        // weights learn how far a list match is worth on names the lists do not already know.
        var trainFirst = new SentenceFeatures[train.Count][];
        for (var d = 0; d < train.Count; d++)
        {
            var document = d;
            trainFirst[d] = NerFeatureExtractor.Extract(train[d].Words, hash => LeaveOneOut(hash, document, handLists, derived));
        }

        var gazetteer = FinalGazetteer(handLists, derived);
        var validFirst = valid.Select(doc => NerFeatureExtractor.Extract(doc.Words, gazetteer.TypesOf)).ToArray();
        var trainGold = train.Select(Gold).ToArray();
        var validGold = valid.Select(Gold).ToArray();

        // Pass 1: local and document-case features.
        var (firstKeys, firstRowOf) = AssignRows(trainFirst.SelectMany(doc => doc), options.MinFeatureCount);
        var firstTrain = EncodeDocuments(trainFirst, firstRowOf, trainGold);
        var firstValid = EncodeDocuments(validFirst, firstRowOf, validGold);
        Log($"{firstTrain.Sum(d => d.Length)} training sentences, {firstKeys.Count} first-pass features, {gazetteer.Count} gazetteer phrases");
        var first = TrainPass(firstTrain, firstValid, firstKeys.Count, options.Epochs, options.Seed, message => Log($"pass 1 {message}"));

        // The second pass learns from first-pass tags of training documents the first pass did not
        // see (k-fold jackknife), so that it trusts them only as far as they hold on unseen text.
        var trainPredicted = new int[train.Count][][];
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var inFold = (int d) => d % options.Folds == fold;
            var foldTrain = firstTrain.Where((_, d) => !inFold(d)).ToArray();
            var foldModel = TrainPass(foldTrain, null, firstKeys.Count, first.BestEpoch, options.Seed + 1 + fold, null);
            for (var d = fold; d < train.Count; d += options.Folds)
            {
                trainPredicted[d] = Predict(firstTrain[d], foldModel);
            }

            Log($"fold {fold + 1}/{options.Folds} tagged");
        }

        var validPredicted = firstValid.Select(doc => Predict(doc, first)).ToArray();

        // Pass 2: the same features plus what pass 1 said about each word elsewhere in the document.
        var trainSecond = SecondPassFeatures(train, trainFirst, trainPredicted);
        var validSecond = SecondPassFeatures(valid, validFirst, validPredicted);
        var (keys, rowOf) = AssignRows(trainSecond.SelectMany(doc => doc), options.MinFeatureCount);
        var secondTrain = EncodeDocuments(trainSecond, rowOf, trainGold);
        var secondValid = EncodeDocuments(validSecond, rowOf, validGold);
        var second = TrainPass(secondTrain, secondValid, keys.Count, options.Epochs, options.Seed, message => Log($"pass 2 {message}"));

        var model = Compact(keys, firstRowOf, first, second, gazetteer);
        Log($"kept epochs {first.BestEpoch} and {second.BestEpoch} (valid F1 {first.Scores[first.BestEpoch - 1]:F2}, then {second.Scores[second.BestEpoch - 1]:F2}); {model.FeatureCount} features after pruning");
        return new NerTrainingResult(model, second.BestEpoch, second.Scores);
    }

    private static int[][] Gold(LabeledDocument document) => document.Sentences.Select(s => s.Tags).ToArray();

    private static SentenceFeatures[][] SecondPassFeatures(IReadOnlyList<LabeledDocument> documents, SentenceFeatures[][] first, int[][][] predicted) =>
        documents.Select((doc, d) =>
        {
            var extra = DocumentPredictionFeatures.Extract(doc.Words, predicted[d]);
            return first[d].Select((features, s) => features.Concat(extra[s])).ToArray();
        }).ToArray();

    private static EncodedSentence[][] EncodeDocuments(SentenceFeatures[][] documents, Dictionary<ulong, int> rowOf, int[][][] gold) =>
        documents.Select((doc, d) => doc.Select((features, s) => Encode(features, rowOf, gold[d][s])).ToArray()).ToArray();

    /// <summary>
    /// Trains one perceptron pass; with validation documents, keeps the epoch scoring best on them,
    /// without, the last epoch.
    /// </summary>
    private static TrainedPass TrainPass(EncodedSentence[][] documents, EncodedSentence[][]? valid, int featureCount, int epochs, int seed, Action<string>? log)
    {
        var trainSentences = documents.SelectMany(doc => doc).ToArray();
        var validSentences = valid?.SelectMany(doc => doc).ToArray();
        var weights = new Averaged(featureCount * T);
        var transitions = new Averaged(T * T);
        var start = new Averaged(T);
        var end = new Averaged(T);
        var order = Enumerable.Range(0, trainSentences.Length).ToArray();
        var random = new Random(seed);
        var emissions = new float[256 * T];
        var scores = new List<double>();
        TrainedPass? best = null;
        var counter = 1;
        for (var epoch = 1; epoch <= epochs; epoch++)
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

            if (validSentences is null && epoch < epochs)
            {
                continue;
            }

            var averaged = new TrainedPass(weights.Average(counter), transitions.Average(counter), start.Average(counter), end.Average(counter), epoch, scores);
            if (validSentences is null)
            {
                return averaged;
            }

            var f1 = SpanF1(validSentences, averaged);
            scores.Add(f1);
            log?.Invoke($"epoch {epoch}: valid F1 {f1:F2}");
            if (best is null || f1 > scores[best.BestEpoch - 1])
            {
                best = averaged;
            }
        }

        return best!;
    }

    private static int[][] Predict(EncodedSentence[] document, TrainedPass pass)
    {
        var emissions = new float[256 * T];
        var tags = new int[document.Length][];
        for (var s = 0; s < document.Length; s++)
        {
            var sentence = document[s];
            if (emissions.Length < sentence.Gold.Length * T)
            {
                emissions = new float[sentence.Gold.Length * T];
            }

            Score(sentence, pass.Weights, emissions);
            tags[s] = Viterbi.Decode(emissions, sentence.Gold.Length, pass.Transitions, pass.Start, pass.End);
        }

        return tags;
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
    private static double SpanF1(EncodedSentence[] sentences, TrainedPass pass)
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

            Score(sentence, pass.Weights, emissions);
            var predicted = Viterbi.Decode(emissions, sentence.Gold.Length, pass.Transitions, pass.Start, pass.End);
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

    /// <summary>
    /// Pairs quantised averaged weights of both passes with their keys (the second pass's keys, a
    /// superset of the first's), dropping features whose weights all round to zero.
    /// </summary>
    private static NerModel Compact(List<ulong> keys, Dictionary<ulong, int> firstRowOf, TrainedPass first, TrainedPass second, Gazetteer gazetteer)
    {
        var firstScale = ScaleOf(first.Weights);
        var secondScale = ScaleOf(second.Weights);
        var keptKeys = new List<ulong>();
        var kept = new List<short>();
        Span<short> row = stackalloc short[T * NerModel.Passes];
        for (var r = 0; r < keys.Count; r++)
        {
            var any = false;
            var firstRow = firstRowOf.GetValueOrDefault(keys[r], -1);
            for (var t = 0; t < T; t++)
            {
                row[t] = firstRow < 0 ? (short)0 : (short)Math.Round(first.Weights[(firstRow * T) + t] / firstScale);
                row[T + t] = (short)Math.Round(second.Weights[(r * T) + t] / secondScale);
                any |= row[t] != 0 || row[T + t] != 0;
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

        NerPassParameters[] passes =
        [
            new(firstScale, first.Transitions, first.Start, first.End),
            new(secondScale, second.Transitions, second.Start, second.End),
        ];
        return new NerModel([.. keptKeys], [.. kept], passes, gazetteer);
    }

    private static float ScaleOf(float[] weights)
    {
        var maxAbs = weights.Length == 0 ? 0f : weights.Max(Math.Abs);
        return (maxAbs == 0 ? 1f : maxAbs) / short.MaxValue;
    }

    private sealed record TrainedPass(float[] Weights, float[] Transitions, float[] Start, float[] End, int BestEpoch, List<double> Scores);

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

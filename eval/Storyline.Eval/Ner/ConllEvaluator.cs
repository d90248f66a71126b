using System.Diagnostics;
using Storyline.Core.Language.Entities;
using Storyline.Core.Language.Sentences;
using Storyline.Core.Language.Tokens;

namespace Storyline.Eval.Ner;

/// <summary>
/// A port of conlleval.pl (CoNLL-2000/2003 shared tasks): a chunk counts as correct only when the
/// gold and guessed chunks start at the same token, end at the same token and have the same type.
/// Sentence boundaries act as an "O" token, as in the script; -DOCSTART- lines are not counted.
/// </summary>
public static class ConllEvaluator
{
    private const int TimedRuns = 3;

    /// <summary>Scores guessed tags against gold tags, sentence by sentence.</summary>
    public static ConllScore Score(IEnumerable<(IReadOnlyList<string> Gold, IReadOnlyList<string> Guessed)> sentences)
    {
        var state = new Counter();
        foreach (var (gold, guessed) in sentences)
        {
            if (gold.Count != guessed.Count)
            {
                throw new ArgumentException($"A sentence has {gold.Count} gold tags but {guessed.Count} guessed tags.");
            }

            for (var i = 0; i < gold.Count; i++)
            {
                state.Step(gold[i], guessed[i], isToken: true);
            }

            state.Step("O", "O", isToken: false);
        }

        return state.Finish();
    }

    /// <summary>Tags every document of a CoNLL file with <paramref name="model"/> and scores it.</summary>
    public static ConllEvaluation Score(string goldPath, NerModel model)
    {
        var corpus = ConllReader.Read(goldPath);
        var pairs = new List<(IReadOnlyList<string>, IReadOnlyList<string>)>();
        var documents = corpus.Documents.Select(d => d.Sentences.Select(s => s.Words).ToArray()).ToArray();

        // The first pass (which also pays for JIT compilation) gives the tags; the speed reported is
        // the fastest of a few further passes, the steady state a long-running pipeline sees, both by
        // the clock and by the processor time the process used (which a busy shared machine does
        // not inflate).
        var guessed = documents.Select(model.Tag).ToArray();
        var elapsed = TimeSpan.MaxValue;
        var processor = TimeSpan.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var run = 0; run < TimedRuns; run++)
        {
            process.Refresh();
            var processorBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            foreach (var document in documents)
            {
                model.Tag(document);
            }

            elapsed = TimeSpan.FromTicks(Math.Min(elapsed.Ticks, clock.Elapsed.Ticks));
            process.Refresh();
            processor = TimeSpan.FromTicks(Math.Min(processor.Ticks, (process.TotalProcessorTime - processorBefore).Ticks));
        }

        for (var d = 0; d < corpus.Documents.Count; d++)
        {
            for (var s = 0; s < corpus.Documents[d].Sentences.Count; s++)
            {
                pairs.Add((corpus.Documents[d].Sentences[s].Tags, BilouTags.ToIob2(guessed[d][s])));
            }
        }

        return new ConllEvaluation(goldPath, Score(pairs), corpus.TokenCount, elapsed, processor, TimeText(documents, model));
    }

    /// <summary>
    /// The best time of a few runs of the whole language path over the file's documents as plain
    /// text (words joined by spaces, one sentence a line): tokenizer, sentence splitter and tagger.
    /// </summary>
    private static TimeSpan TimeText(IReadOnlyList<string>[][] documents, NerModel model)
    {
        var texts = documents.Select(d => string.Join('\n', d.Select(words => string.Join(' ', words)))).ToArray();
        var tagger = new EntityTagger(model);
        void TagAll()
        {
            foreach (var text in texts)
            {
                var tokens = Tokenizer.Default.Tokenize(text);
                tagger.Tag(text, tokens, SentenceSegmenter.Default.Split(text, tokens));
            }
        }

        TagAll();
        var best = TimeSpan.MaxValue;
        for (var run = 0; run < TimedRuns; run++)
        {
            var clock = Stopwatch.StartNew();
            TagAll();
            best = TimeSpan.FromTicks(Math.Min(best.Ticks, clock.Elapsed.Ticks));
        }

        return best;
    }

    private sealed class Counter
    {
        private readonly Dictionary<string, int[]> _byType = new(StringComparer.Ordinal);
        private string _lastGold = "O";
        private string _lastGoldType = "";
        private string _lastGuessed = "O";
        private string _lastGuessedType = "";
        private bool _inCorrect;
        private int _tokens;
        private int _correctTags;
        private int _goldChunks;
        private int _guessedChunks;
        private int _correctChunks;

        public void Step(string goldLabel, string guessedLabel, bool isToken)
        {
            var (gold, goldType) = ConllChunks.Split(goldLabel);
            var (guessed, guessedType) = ConllChunks.Split(guessedLabel);
            var goldEnds = ConllChunks.EndOfChunk(_lastGold, gold, _lastGoldType, goldType);
            var guessedEnds = ConllChunks.EndOfChunk(_lastGuessed, guessed, _lastGuessedType, guessedType);
            if (_inCorrect)
            {
                if (goldEnds && guessedEnds && _lastGuessedType == _lastGoldType)
                {
                    _inCorrect = false;
                    _correctChunks++;
                    TypeCounts(_lastGoldType)[2]++;
                }
                else if (goldEnds != guessedEnds || guessedType != goldType)
                {
                    _inCorrect = false;
                }
            }

            var goldStarts = ConllChunks.StartOfChunk(_lastGold, gold, _lastGoldType, goldType);
            var guessedStarts = ConllChunks.StartOfChunk(_lastGuessed, guessed, _lastGuessedType, guessedType);
            if (goldStarts && guessedStarts && guessedType == goldType)
            {
                _inCorrect = true;
            }

            if (goldStarts)
            {
                _goldChunks++;
                TypeCounts(goldType)[0]++;
            }

            if (guessedStarts)
            {
                _guessedChunks++;
                TypeCounts(guessedType)[1]++;
            }

            if (isToken)
            {
                _tokens++;
                if (gold == guessed && goldType == guessedType)
                {
                    _correctTags++;
                }
            }

            (_lastGold, _lastGoldType, _lastGuessed, _lastGuessedType) = (gold, goldType, guessed, guessedType);
        }

        public ConllScore Finish()
        {
            if (_inCorrect)
            {
                _correctChunks++;
                TypeCounts(_lastGoldType)[2]++;
                _inCorrect = false;
            }

            var byType = _byType.OrderBy(p => p.Key, StringComparer.Ordinal)
                .ToDictionary(p => p.Key, p => new ChunkTypeScore(p.Value[0], p.Value[1], p.Value[2]));
            return new ConllScore(_tokens, _correctTags, _goldChunks, _guessedChunks, _correctChunks, byType);
        }

        private int[] TypeCounts(string type)
        {
            if (!_byType.TryGetValue(type, out var counts))
            {
                counts = new int[3];
                _byType[type] = counts;
            }

            return counts;
        }
    }
}

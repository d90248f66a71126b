namespace Storyline.Eval.Rouge;

/// <summary>
/// Scores one peer summary against its references with ROUGE-1.5.5's per-evaluation arithmetic:
/// clipped n-gram and skip-bigram hits, the union-LCS of ROUGE-L clipped by unigram counts, and the
/// <c>-f A</c>/<c>-f B</c> combination of references. Metric names are those the script prints
/// (ROUGE-1, ROUGE-2, ROUGE-L, ROUGE-SU4, ROUGE-S4). Not thread-safe (it memoises stems).
/// </summary>
public sealed class RougeScorer
{
    private readonly RougePorterStemmer stemmer = new();

    public RougeScorer(RougeOptions options)
    {
        options.Validate();
        Options = options;
    }

    public RougeOptions Options { get; }

    /// <summary>The metric names this scorer reports, in the script's order.</summary>
    public IReadOnlyList<string> MetricNames
    {
        get
        {
            var names = Enumerable.Range(1, Options.MaxNgram).Select(n => $"ROUGE-{n}").ToList();
            if (Options.ComputeLcs) names.Add("ROUGE-L");
            if (Options.SkipDistance is { } distance)
            {
                var gap = distance < 0 ? "*" : distance.ToString(System.Globalization.CultureInfo.InvariantCulture);
                names.Add(Options.SkipWithUnigrams ? $"ROUGE-SU{gap}" : $"ROUGE-S{gap}");
            }

            return names;
        }
    }

    public RougeTokens Prepare(RougeSummary summary) => RougeTokens.From(summary, Options, stemmer.Stem);

    /// <summary>Every metric for one peer against one or more references.</summary>
    public IReadOnlyDictionary<string, RougeScore> Score(RougeSummary peer, IReadOnlyList<RougeSummary> models) =>
        Score(Prepare(peer), [.. models.Select(Prepare)]);

    public IReadOnlyDictionary<string, RougeScore> Score(RougeTokens peer, IReadOnlyList<RougeTokens> models)
    {
        if (models.Count == 0)
        {
            throw new ArgumentException("ROUGE needs at least one reference summary", nameof(models));
        }

        if (!Options.Jackknife || models.Count < 2)
        {
            return ScoreAgainst(peer, models);
        }

        // Lin (2004): score against every subset that leaves one reference out, then average.
        var subsets = Enumerable.Range(0, models.Count)
            .Select(left => ScoreAgainst(peer, [.. models.Where((_, i) => i != left)]))
            .ToList();
        return subsets[0].Keys.ToDictionary(
            name => name,
            name => new RougeScore(
                RougeScore.Round5(subsets.Average(s => s[name].Recall)),
                RougeScore.Round5(subsets.Average(s => s[name].Precision)),
                RougeScore.Round5(subsets.Average(s => s[name].F))));
    }

    /// <summary>
    /// Raw ROUGE-N counts pooled over references as <c>-f A -t 2</c> prints them: hits, reference
    /// n-grams, and peer n-grams counted once per reference. Timeline metrics add these up across dates.
    /// </summary>
    public RougeCounts NgramCounts(RougeTokens peer, IReadOnlyList<RougeTokens> models, int n)
    {
        var peerGrams = CountNgrams(peer.Words, n);
        double hit = 0, modelCount = 0, peerCount = 0;
        foreach (var model in models)
        {
            var modelGrams = CountNgrams(model.Words, n);
            hit += ClippedHits(modelGrams.Counts, peerGrams.Counts);
            modelCount += modelGrams.Total;
            peerCount += peerGrams.Total;
        }

        return new RougeCounts(hit, modelCount, peerCount);
    }

    private Dictionary<string, RougeScore> ScoreAgainst(RougeTokens peer, IReadOnlyList<RougeTokens> models)
    {
        var scores = new Dictionary<string, RougeScore>(StringComparer.Ordinal);
        for (var n = 1; n <= Options.MaxNgram; n++)
        {
            var peerGrams = CountNgrams(peer.Words, n);
            scores[$"ROUGE-{n}"] = Combine(models.Select(model =>
            {
                var modelGrams = CountNgrams(model.Words, n);
                return new Tally(ClippedHits(modelGrams.Counts, peerGrams.Counts), modelGrams.Total, peerGrams.Total);
            }));
        }

        if (Options.ComputeLcs)
        {
            var peerUnigrams = CountNgrams(peer.Words, 1);
            scores["ROUGE-L"] = Combine(models.Select(model => UnionLcs(model, peer, peerUnigrams)));
        }

        if (Options.SkipDistance is { } distance)
        {
            var peerGrams = CountSkipBigrams(peer.Words, distance, Options.SkipWithUnigrams);
            var name = MetricNames[^1];
            scores[name] = Combine(models.Select(model =>
            {
                var modelGrams = CountSkipBigrams(model.Words, distance, Options.SkipWithUnigrams);
                return new Tally(ClippedHits(modelGrams.Counts, peerGrams.Counts), modelGrams.Total, peerGrams.Total);
            }));
        }

        return scores;
    }

    /// <summary>Hits and counts of one peer against one reference.</summary>
    private readonly record struct Tally(double Hit, double ModelCount, double PeerCount)
    {
        /// <summary>The per-reference recall ROUGE compares in <c>-f B</c>; n-gram modes compare it rounded.</summary>
        public double Recall => ModelCount != 0 ? Hit / ModelCount : 0;
    }

    private RougeScore Combine(IEnumerable<Tally> perModel)
    {
        double hit = 0, modelCount = 0, peerCount = 0;
        var best = -1.0;
        foreach (var tally in perModel)
        {
            if (Options.Formula == RougeFormula.BestModel)
            {
                var recall = RougeScore.Round5(tally.Recall);
                if (recall > best)
                {
                    best = recall;
                    (hit, modelCount, peerCount) = (tally.Hit, tally.ModelCount, tally.PeerCount);
                }
            }
            else
            {
                hit += tally.Hit;
                modelCount += tally.ModelCount;
                peerCount += tally.PeerCount;
            }
        }

        return RougeScore.FromCounts(hit, modelCount, peerCount, Options.Alpha);
    }

    private readonly record struct GramCounts(Dictionary<string, int> Counts, int Total);

    private static GramCounts CountNgrams(IReadOnlyList<string> words, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        for (var i = 0; i + n <= words.Count; i++)
        {
            var gram = n == 1 ? words[i] : string.Join(' ', words.Skip(i).Take(n));
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
            total++;
        }

        return new GramCounts(counts, total);
    }

    /// <summary>
    /// createSkipBigram: pairs (i, j) with j - i - 1 &lt;= distance, plus (with -u) the unigram at i.
    /// The script's outer loop stops one word early, so the last word's unigram is never counted.
    /// </summary>
    private static GramCounts CountSkipBigrams(IReadOnlyList<string> words, int distance, bool withUnigrams)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (withUnigrams)
            {
                counts[words[i]] = counts.GetValueOrDefault(words[i]) + 1;
                total++;
            }

            for (var j = i + 1; j < words.Count && (distance < 0 || j <= i + distance + 1); j++)
            {
                var gram = words[i] + " " + words[j];
                counts[gram] = counts.GetValueOrDefault(gram) + 1;
                total++;
            }
        }

        return new GramCounts(counts, total);
    }

    private static int ClippedHits(Dictionary<string, int> model, Dictionary<string, int> peer)
    {
        var hits = 0;
        foreach (var (gram, count) in model)
        {
            if (peer.TryGetValue(gram, out var peerCount))
            {
                hits += Math.Min(count, peerCount);
            }
        }

        return hits;
    }

    /// <summary>
    /// ROUGE-L as in lcs(): for each reference sentence, the union of its LCS with every peer sentence
    /// (marked by the script's backtrack, ties going up), each hit then clipped by the unigram counts
    /// left in the reference and the peer so no word is credited twice.
    /// </summary>
    private static Tally UnionLcs(RougeTokens model, RougeTokens peer, GramCounts peerUnigrams)
    {
        var modelLeft = CountNgrams(model.Words, 1).Counts;
        var peerLeft = new Dictionary<string, int>(peerUnigrams.Counts, StringComparer.Ordinal);
        var hit = 0;
        var baseCount = 0;
        foreach (var unit in model.Units)
        {
            baseCount += unit.Count;
            if (unit.Count == 0)
            {
                continue;
            }

            var hitMask = new bool[unit.Count];
            foreach (var peerUnit in peer.Units)
            {
                MarkLcs(unit, peerUnit, hitMask);
            }

            for (var j = 0; j < unit.Count; j++)
            {
                var word = unit[j];
                if (hitMask[j] && modelLeft.GetValueOrDefault(word) > 0 && peerLeft.GetValueOrDefault(word) > 0)
                {
                    hit++;
                    modelLeft[word]--;
                    peerLeft[word]--;
                }
            }
        }

        return new Tally(hit, baseCount, peerUnigrams.Total);
    }

    private static void MarkLcs(IReadOnlyList<string> model, IReadOnlyList<string> peer, bool[] hitMask)
    {
        int m = model.Count, n = peer.Count;
        if (n == 0)
        {
            return;
        }

        var lengths = new int[(m + 1) * (n + 1)];
        var width = n + 1;
        for (var i = 1; i <= m; i++)
        {
            for (var j = 1; j <= n; j++)
            {
                lengths[i * width + j] = string.Equals(model[i - 1], peer[j - 1], StringComparison.Ordinal)
                    ? lengths[(i - 1) * width + j - 1] + 1
                    : Math.Max(lengths[(i - 1) * width + j], lengths[i * width + j - 1]);
            }
        }

        // Walk back as markLCS does: diagonal on a match, else up when the cell above is at least the cell to the left.
        int a = m, b = n;
        while (a != 0 && b != 0)
        {
            if (string.Equals(model[a - 1], peer[b - 1], StringComparison.Ordinal))
            {
                a--;
                b--;
                hitMask[a] = true;
            }
            else if (lengths[(a - 1) * width + b] >= lengths[a * width + b - 1])
            {
                a--;
            }
            else
            {
                b--;
            }
        }
    }
}

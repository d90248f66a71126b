using System.Text;
using Storyline.Core.Model;

namespace Storyline.Core.Summaries;

/// <summary>
/// Extractive multi-document summariser. A story's "concepts" are the word bigrams (lowercased,
/// lightly stemmed, not both function words) and the linked entities its articles share, each
/// weighted by how many articles mention it (Gillick and Favre's concept model, as in the ICSI
/// TAC systems). The summary greedily maximises the weight of the concepts it covers per word
/// (a monotone submodular objective, Lin and Bilmes 2010), plus a lead prior for an article's
/// first sentences. A concept counts once, so a second sentence saying the same thing gains
/// nothing: that is the redundancy penalty, and wire copies of one sentence fall out by themselves.
/// Sentences are quoted verbatim (less a leading wire dateline) and cite their article and outlet;
/// page furniture (captions, bylines, sign-up lines), headlines, title-case lines, questions and
/// quote-only fragments are never chosen.
/// Cost: one pass over the story's tokens to build candidates and concepts, then each greedy step
/// scans every candidate's concepts, so O(k * C) for C concept occurrences and k chosen sentences
/// (k is at most budget / <see cref="SummaryOptions.MinSentenceWords"/>); no pairwise sentence similarity.
/// </summary>
public sealed class ConceptSummarizer(SummaryLexicon lexicon)
{
    public ConceptSummarizer()
        : this(SummaryLexicon.Default)
    {
    }

    public IReadOnlyList<SummarySentence> Summarize(IReadOnlyList<StoryArticle> sources, SummaryOptions options)
    {
        options.Validate();
        var conceptIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var candidates = Candidates(sources, options, conceptIds);
        if (candidates.Count == 0)
        {
            return [];
        }

        var weights = ConceptWeights(candidates, conceptIds, options);
        var meanWeight = weights.Where(w => w > 0).DefaultIfEmpty(1).Average();
        var covered = new bool[weights.Length];
        var chosen = new List<SummaryCandidate>();
        var taken = new bool[candidates.Count];
        var budget = options.WordBudget;
        while (true)
        {
            var best = -1;
            var bestScore = 0.0;
            for (var i = 0; i < candidates.Count; i++)
            {
                var candidate = candidates[i];
                if (taken[i] || candidate.Sentence.Words > budget)
                {
                    continue;
                }

                var gain = 0.0;
                foreach (var concept in candidate.Concepts)
                {
                    if (!covered[concept])
                    {
                        gain += weights[concept];
                    }
                }

                if (gain <= 0)
                {
                    continue;
                }

                gain += options.PositionWeight * meanWeight * 2.0 / (1 + candidate.CandidateIndex);
                var score = gain / Math.Pow(candidate.Sentence.Words, options.LengthExponent);
                if (score > bestScore)
                {
                    best = i;
                    bestScore = score;
                }
            }

            if (best < 0 && options.FillBudget)
            {
                best = LeadFill(candidates, taken, covered, budget);
            }

            if (best < 0)
            {
                break;
            }

            taken[best] = true;
            chosen.Add(candidates[best]);
            budget -= candidates[best].Sentence.Words;
            foreach (var concept in candidates[best].Concepts)
            {
                covered[concept] = true;
            }
        }

        return [.. chosen
            .OrderBy(c => c.SourceIndex)
            .ThenBy(c => c.Sentence.SentenceIndex)
            .Select(c => c.Sentence)];
    }

    /// <summary>
    /// When no sentence adds a shared concept, the budget is filled lead-first (the earliest unused
    /// sentence of any article), skipping sentences whose concepts are mostly covered already.
    /// </summary>
    private static int LeadFill(List<SummaryCandidate> candidates, bool[] taken, bool[] covered, int budget)
    {
        var best = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (taken[i] || candidate.Sentence.Words > budget || candidate.Concepts.Length == 0)
            {
                continue;
            }

            var known = candidate.Concepts.Count(c => covered[c]);
            if (known * 2 > candidate.Concepts.Length)
            {
                continue;
            }

            if (best < 0 || candidate.CandidateIndex < candidates[best].CandidateIndex)
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>
    /// Article frequency of each concept: with several articles a concept must appear in at least two
    /// (three from eight articles on) to count; a single article falls back to repetition within it.
    /// </summary>
    private static double[] ConceptWeights(List<SummaryCandidate> candidates, Dictionary<string, int> conceptIds, SummaryOptions options)
    {
        var conceptCount = conceptIds.Count;
        var documentFrequency = new int[conceptCount];
        var termFrequency = new int[conceptCount];
        var lastSource = new int[conceptCount];
        Array.Fill(lastSource, -1);
        foreach (var candidate in candidates)
        {
            foreach (var concept in candidate.Concepts)
            {
                termFrequency[concept]++;
                if (lastSource[concept] != candidate.SourceIndex)
                {
                    lastSource[concept] = candidate.SourceIndex;
                    documentFrequency[concept]++;
                }
            }
        }

        var articles = candidates.Select(c => c.SourceIndex).Distinct().Count();
        var minimum = articles >= 8 ? 3 : 2;
        var weights = new double[conceptCount];
        for (var c = 0; c < conceptCount; c++)
        {
            weights[c] = articles > 1
                ? (documentFrequency[c] >= minimum ? documentFrequency[c] : 0)
                : (termFrequency[c] >= 2 ? termFrequency[c] : 0);
        }

        foreach (var (concept, id) in conceptIds)
        {
            if (concept.StartsWith("word:", StringComparison.Ordinal))
            {
                weights[id] *= options.WordConceptWeight;
            }
        }

        return weights;
    }

    private List<SummaryCandidate> Candidates(IReadOnlyList<StoryArticle> sources, SummaryOptions options, Dictionary<string, int> conceptIds)
    {
        var candidates = new List<SummaryCandidate>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        var concepts = new HashSet<int>();
        for (var s = 0; s < sources.Count; s++)
        {
            var source = sources[s];
            var document = source.Document;
            var text = document.Text;
            var tokens = document.Get(Layers.Tokens);
            var sentences = document.Get(Layers.Sentences);
            var paragraphs = document.Get(Layers.Paragraphs);
            var mentions = document.Get(Layers.EntityMentions);
            if (IsNonArticle(document, sentences))
            {
                continue;
            }

            var paragraph = 0;
            var mention = 0;
            var kept = 0;
            for (var index = 0; index < sentences.Length; index++)
            {
                var sentence = sentences[index];
                while (paragraph < paragraphs.Length && paragraphs[paragraph].Range.End <= sentence.Range.Start)
                {
                    paragraph++;
                }

                if (paragraph < paragraphs.Length && paragraphs[paragraph].Range.Start <= sentence.Range.Start
                    && paragraphs[paragraph].Kind == ParagraphKind.Heading)
                {
                    continue;
                }

                // A wire dateline ("PAHOA, Hawaii (AP) — ") says where the report was filed: the quote starts after it.
                var start = sentence.Range.Start + Dateline.Length(text.AsSpan(sentence.Range.Start, sentence.Range.Length));
                var span = new TextRange(start, sentence.Range.End);
                var folded = Fold(text.AsSpan(span.Start, span.Length));
                var wordCount = CountWords(folded);

                // Furniture is judged on the whole sentence: "RELATED:" or "PHOTOS:" look like a dateline too.
                if (wordCount < options.MinSentenceWords || wordCount > options.MaxSentenceWords
                    || IsFurniture(start == sentence.Range.Start ? folded : Fold(text.AsSpan(sentence.Range.Start, sentence.Range.Length)))
                    || CapitalisedShare(folded) > options.MaxCapitalisedShare)
                {
                    continue;
                }

                words.Clear();
                concepts.Clear();
                string? previous = null;
                var end = Math.Min(tokens.Length, sentence.FirstToken + sentence.TokenCount);
                for (var t = sentence.FirstToken; t < end; t++)
                {
                    var token = tokens[t];
                    if (token.Range.Start < start || token.Kind is not (TokenKind.Word or TokenKind.Number))
                    {
                        previous = null;
                        continue;
                    }

                    var word = Normalize(text.AsSpan(token.Range.Start, token.Range.Length));
                    words.Add(word);
                    if (options.WordConceptWeight > 0 && !IsStopword(word))
                    {
                        concepts.Add(ConceptId(conceptIds, "word:" + word));
                    }

                    if (previous is not null && !(IsStopword(previous) && IsStopword(word)))
                    {
                        concepts.Add(ConceptId(conceptIds, previous + " " + word));
                    }

                    previous = word;
                }

                while (mention < mentions.Length && mentions[mention].Range.Start < start)
                {
                    mention++;
                }

                for (var m = mention; m < mentions.Length && mentions[m].Range.Start < sentence.Range.End; m++)
                {
                    concepts.Add(ConceptId(conceptIds, "entity:" + mentions[m].CanonicalKey));
                }

                // The same sentence in two outlets (a wire copy) is one candidate, credited to the first.
                if (!seen.Add(string.Join(' ', words)))
                {
                    continue;
                }

                candidates.Add(new SummaryCandidate(
                    new SummarySentence(folded, source.Id, source.OutletName, span, index, wordCount),
                    s,
                    kept++,
                    [.. concepts]));
            }
        }

        return candidates;
    }

    /// <summary>
    /// A page whose sentences are mostly furniture (a social-media widget, a web-archive notice) is
    /// not an article: none of its sentences is used, not even the few that pass on their own.
    /// </summary>
    private bool IsNonArticle(Document document, System.Collections.Immutable.ImmutableArray<Sentence> sentences)
    {
        var furniture = 0;
        foreach (var sentence in sentences)
        {
            if (lexicon.IsFurniture(document.TextOf(sentence)))
            {
                furniture++;
            }
        }

        return furniture > 0 && furniture * 2 >= sentences.Length;
    }

    private bool IsStopword(string word) => lexicon.Stopwords.Contains(word);

    private static int ConceptId(Dictionary<string, int> ids, string concept)
    {
        if (!ids.TryGetValue(concept, out var id))
        {
            id = ids.Count;
            ids[concept] = id;
        }

        return id;
    }

    /// <summary>Headlines, questions, quote-only fragments and furniture lines are not summary material.</summary>
    private bool IsFurniture(string sentence)
    {
        var trimmed = sentence.TrimEnd();
        if (trimmed.EndsWith('?') || trimmed.EndsWith("?\"", StringComparison.Ordinal) || trimmed.EndsWith("?\u201d", StringComparison.Ordinal))
        {
            return true;
        }

        if (!trimmed.Any(char.IsLower))
        {
            return true;
        }

        // A sentence that is nothing but a quotation has no speaker to attribute it to.
        if (trimmed.Length > 0 && IsQuote(trimmed[0]) && IsQuote(trimmed.TrimEnd('.', ',', '!', ' ')[^1]))
        {
            return true;
        }

        return lexicon.IsFurniture(sentence);
    }

    private static bool IsQuote(char c) => c is '"' or '\u201c' or '\u201d' or '\u2018' or '\u2019' or '\'';

    /// <summary>Lowercase with a light plural and possessive strip, so "ferries"/"ferry" and "Agency's"/"agency" meet.</summary>
    internal static string Normalize(ReadOnlySpan<char> token)
    {
        Span<char> buffer = token.Length <= 64 ? stackalloc char[token.Length] : new char[token.Length];
        var length = token.ToLowerInvariant(buffer);
        var word = buffer[..length];
        if (word.EndsWith("'s") || word.EndsWith("\u2019s"))
        {
            word = word[..^2];
        }

        if (word.Length > 4 && word.EndsWith("ies"))
        {
            return string.Concat(word[..^3], "y");
        }

        if (word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i'))
        {
            word = word[..^1];
        }

        return word.ToString();
    }

    private static string Fold(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Share of the words after the first that start with a capital: title-case lines (headlines,
    /// captions, lists of names and places) score high, reporting prose low.
    /// </summary>
    internal static double CapitalisedShare(string text)
    {
        var words = 0;
        var capitalised = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                words++;
                if (words > 1 && char.IsUpper(c))
                {
                    capitalised++;
                }
            }
        }

        return words <= 1 ? 0 : (double)capitalised / (words - 1);
    }

    internal static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }
}

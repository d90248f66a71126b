using System.Collections.Frozen;
using Storyline.Core.Language.Attributions;
using Storyline.Core.Language.Sentences;
using Storyline.Core.Language.Tokens;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;
using static Storyline.Core.Language.Tokens.TokenText;

namespace Storyline.Eval.Attributions;

/// <summary>
/// Derives cue statistics from annotated attributions (a PolNeAR training split): for every word, and
/// for every verb + particle sequence ("pointed to", "spoke of", "puts the figure at"), how often it
/// lies inside a gold cue and how often it occurs outside the sources and contents (where PolNeAR,
/// being univocal, never annotates a cue), and for the cue occurrences how often the
/// source follows the cue rather than preceding it. Only words and counts come out, never text spans.
/// </summary>
public static class AttributionCueLearner
{
    /// <summary>A cue seen in fewer texts than this is not written: one or two sightings say nothing about reliability.</summary>
    public const int MinCueTexts = 3;

    /// <summary>The longest verb + particle sequence counted ("puts the figure at").</summary>
    public const int MaxPhraseWords = 4;

    /// <summary>The words that end a verb + particle cue ("spoke of", "pointed to", "lashed out at").</summary>
    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["of", "about", "to", "on", "at", "for", "against", "with", "out", "up", "over", "into", "as", "by"], StringComparer.OrdinalIgnoreCase);

    private const int Free = -1;

    /// <summary>
    /// A token inside a source or a content. PolNeAR is univocal: a cue word there ("I think" inside a
    /// quotation) is never annotated, so it counts neither for nor against the word.
    /// </summary>
    private const int Annotated = -2;

    public static IReadOnlyList<LearnedCue> Learn(IReadOnlyList<AnnotatedArticle> articles, Tokenizer tokenizer)
    {
        var counts = new Dictionary<string, CueCounts>(StringComparer.OrdinalIgnoreCase);
        var texts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            // An article annotated by several annotators counts once towards the number of texts a cue is seen in.
            var textId = texts.TryGetValue(article.Text, out var known) ? known : texts[article.Text] = texts.Count;
            var tokens = tokenizer.Tokenize(article.Text);
            var cueOf = CueIndexByToken(article, tokens);
            for (var i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Kind != TokenKind.Word)
                {
                    continue;
                }

                Count(counts, Span(article.Text, tokens[i]).ToString(), article, textId, cueOf[i]);
                for (var n = 2; n <= MaxPhraseWords && i + n <= tokens.Length; n++)
                {
                    var last = tokens[i + n - 1];
                    if (last.Kind != TokenKind.Word)
                    {
                        break;
                    }

                    if (Particles.Contains(Span(article.Text, last).ToString()))
                    {
                        var words = string.Join(' ', tokens.Skip(i).Take(n).Select(t => Span(article.Text, t).ToString()));
                        var sameCue = cueOf[i];
                        for (var k = i + 1; k < i + n && sameCue >= 0; k++)
                        {
                            sameCue = cueOf[k] == sameCue ? sameCue : Free;
                        }

                        Count(counts, words, article, textId, sameCue);
                    }
                }
            }
        }

        var candidates = counts.Where(c => c.Value.Texts >= MinCueTexts).ToList();
        CountPredictions(articles, candidates, counts);
        return candidates
            .Select(c => new LearnedCue(c.Key.ToLowerInvariant(), c.Value.InCue, c.Value.Occurrences, c.Value.SourceAfter, c.Value.Texts, c.Value.Predicted, c.Value.Aligned))
            .GroupBy(c => c.Cue, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderByDescending(c => c.InGoldCue)
            .ThenBy(c => c.Cue, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The tab-separated file the attribution lexicon reads (Resources/attribution-cues-learned.tsv).</summary>
    public static void Write(TextWriter writer, IReadOnlyList<LearnedCue> cues, string command)
    {
        writer.WriteLine("# Cue words and verb + particle cues derived from PolNeAR's training split: words and counts only.");
        writer.WriteLine($"# Written by `{command}`; do not edit by hand.");
        writer.WriteLine("#   in_gold_cue   how often the word (or every word of the sequence) lies inside one gold cue");
        writer.WriteLine("#   occurrences   how often it occurs in the training texts outside every gold source and content (per annotation file)");
        writer.WriteLine("#   source_after  of the cue occurrences, how many have their source after the cue");
        writer.WriteLine("#   texts         in how many distinct texts it lies inside a gold cue (an article annotated twice counts once)");
        writer.WriteLine("#   predicted     attributions the recogniser finds with this cue on the training texts, all candidate cues on");
        writer.WriteLine("#   aligned       of those, how many have a cue overlapping a gold cue");
        writer.WriteLine($"# Only cues seen inside gold cues of at least {MinCueTexts} texts are listed; the lexicon keeps the reliable ones.");
        writer.WriteLine("# cue\tin_gold_cue\toccurrences\tsource_after\ttexts\tpredicted\taligned");
        foreach (var cue in cues)
        {
            writer.WriteLine($"{cue.Cue}\t{cue.InGoldCue}\t{cue.Occurrences}\t{cue.SourceAfter}\t{cue.Texts}\t{cue.Predicted}\t{cue.Aligned}");
        }
    }

    /// <summary>
    /// The second pass: runs the recogniser with every candidate cue over the training texts and counts,
    /// per cue, the attributions it finds and those whose cue overlaps a gold cue.
    /// </summary>
    private static void CountPredictions(IReadOnlyList<AnnotatedArticle> articles, List<KeyValuePair<string, CueCounts>> candidates, Dictionary<string, CueCounts> counts)
    {
        var rows = candidates.Select(c => new[] { c.Key, $"{c.Value.InCue}", $"{c.Value.Occurrences}", $"{c.Value.SourceAfter}", $"{c.Value.Texts}", "0", "0" }).ToList();
        var lexicon = AttributionLexicon.WithLearned(rows, checkPrecision: false);
        var pipeline = new PipelineBuilder().Add(new TokenStage()).Add(new SentenceStage()).Add(new AttributionStage(new AttributionRecognizer(lexicon))).Build();
        var annotated = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (!annotated.TryGetValue(article.Text, out var document))
            {
                document = pipeline.Run(new Document(article.Text, ArticleMetadata.Empty));
                annotated[article.Text] = document;
            }

            var tokens = document.Get(Layers.Tokens);
            var goldCues = article.Attributions.Select(a => TokenSpans.Of(a.Cue, tokens)).ToList();
            foreach (var found in document.Get(Layers.Attributions))
            {
                if (CueKey(found.Cue, lexicon) is not { } key || !counts.TryGetValue(key, out var entry))
                {
                    continue;
                }

                entry.Predicted++;
                var cue = TokenSpans.Of([found.Range], tokens);
                entry.Aligned += goldCues.Any(g => AttributionScorer.CuesOverlap(cue, g)) ? 1 : 0;
            }
        }
    }

    /// <summary>The lexicon entry behind a found cue: its text without the auxiliaries the recogniser joins to it ("has said").</summary>
    private static string? CueKey(string cue, AttributionLexicon lexicon)
    {
        var words = cue.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var skip = 0; skip < words.Length; skip++)
        {
            var key = string.Join(' ', words.Skip(skip));
            if (lexicon.IsCue(key))
            {
                return key;
            }
        }

        return null;
    }

    private static void Count(Dictionary<string, CueCounts> counts, string key, AnnotatedArticle article, int textId, int cue)
    {
        if (cue == Annotated)
        {
            return;
        }

        if (!counts.TryGetValue(key, out var entry))
        {
            entry = new CueCounts();
            counts[key] = entry;
        }

        entry.Occurrences++;
        if (cue >= 0)
        {
            entry.InCue++;
            if (entry.LastText != textId)
            {
                entry.LastText = textId;
                entry.Texts++;
            }

            var gold = article.Attributions[cue];
            if (gold.Sources.Count > 0 && gold.Cue.Count > 0 && gold.Sources[0].Start >= gold.Cue[0].End)
            {
                entry.SourceAfter++;
            }
        }
    }

    /// <summary>
    /// For every token, the index of the gold attribution whose cue it lies in, <see cref="Annotated"/> inside
    /// another attribution's source or content, or <see cref="Free"/>.
    /// </summary>
    private static int[] CueIndexByToken(AnnotatedArticle article, IReadOnlyList<Token> tokens)
    {
        var cueOf = new int[tokens.Count];
        Array.Fill(cueOf, Free);
        foreach (var gold in article.Attributions)
        {
            foreach (var (start, end) in TokenSpans.Of([.. gold.Sources, .. gold.Content], tokens))
            {
                Array.Fill(cueOf, Annotated, start, end - start);
            }
        }

        for (var a = 0; a < article.Attributions.Count; a++)
        {
            foreach (var (start, end) in TokenSpans.Of(article.Attributions[a].Cue, tokens))
            {
                for (var t = start; t < end; t++)
                {
                    cueOf[t] = a;
                }
            }
        }

        return cueOf;
    }

    private sealed class CueCounts
    {
        public int InCue { get; set; }

        public int Occurrences { get; set; }

        public int SourceAfter { get; set; }

        public int Texts { get; set; }

        public int Predicted { get; set; }

        public int Aligned { get; set; }

        public int LastText { get; set; } = -1;
    }
}

/// <summary>
/// One derived cue: how often it lies inside a gold cue, how often it occurs, how often its source follows
/// it, in how many texts it is a cue, and how many of the recogniser's attributions with it align with a gold one.
/// </summary>
public sealed record LearnedCue(string Cue, int InGoldCue, int Occurrences, int SourceAfter, int Texts, int Predicted, int Aligned)
{
    public double Reliability => Occurrences == 0 ? 0 : (double)InGoldCue / Occurrences;
}

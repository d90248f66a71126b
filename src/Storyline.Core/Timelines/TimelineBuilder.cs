using System.Collections.Immutable;
using System.Globalization;
using Storyline.Core.Model;
using Storyline.Core.Reconciliation;

namespace Storyline.Core.Timelines;

/// <summary>
/// Builds a story's timeline from the resolved time expressions of its articles. Every sentence that
/// dates something to a day or a month (not a span, not a date after its own publication) is a
/// candidate; candidates of the same date whose content words overlap enough are one event told by
/// several outlets and become one entry citing them all. Entries reported by more articles rank
/// first when the timeline must be cut to length; the result is in date order.
/// </summary>
/// <remarks>
/// Reads the Tokens, Sentences and TimeExpressions layers. Grouping is by date first, so the cost is
/// linear in the number of sentences plus a small quadratic term within one date's candidates,
/// capped by <see cref="MaxCandidatesPerDate"/>.
/// </remarks>
public sealed class TimelineBuilder(ISet<string> stopwords)
{
    private const int MinWords = 6;
    private const int MaxWords = 70;
    private const int MaxCandidatesPerDate = 200;

    /// <summary>Content-word overlap (see <see cref="Overlap"/>) from which two sentences of one date tell the same event.</summary>
    private const double SameEventOverlap = 0.4;

    public static TimelineBuilder Default { get; } = new(LoadEnglishStopwords());

    /// <param name="maxEntries">How many entries to keep at most.</param>
    public ImmutableArray<TimelineEntry> Build(IReadOnlyList<StoryArticle> articles, int maxEntries = 20)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxEntries);
        var byDate = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        var order = 0;
        foreach (var article in articles.OrderBy(a => a.Document.Metadata.Published ?? DateTimeOffset.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal))
        {
            foreach (var candidate in Candidates(article, order++))
            {
                if (!byDate.TryGetValue(candidate.Date, out var list))
                {
                    byDate[candidate.Date] = list = [];
                }

                if (list.Count < MaxCandidatesPerDate)
                {
                    list.Add(candidate);
                }
            }
        }

        var entries = new List<(TimelineEntry Entry, int Support, int FirstSeen)>();
        foreach (var (date, candidates) in byDate)
        {
            foreach (var group in SameEvents(candidates))
            {
                var representative = group[0];
                var ids = group.Select(c => c.ArticleId).Distinct(StringComparer.Ordinal).ToImmutableArray();
                entries.Add((new TimelineEntry(date, representative.Text, ids), ids.Length, representative.ArticleOrder));
            }
        }

        return
        [
            .. entries
                .OrderByDescending(e => e.Support).ThenBy(e => e.FirstSeen).ThenBy(e => e.Entry.Date, StringComparer.Ordinal)
                .Take(maxEntries)
                .OrderBy(e => e.Entry.Date, StringComparer.Ordinal).ThenBy(e => e.FirstSeen)
                .Select(e => e.Entry),
        ];
    }

    private IEnumerable<Candidate> Candidates(StoryArticle article, int articleOrder)
    {
        var document = article.Document;
        var tokens = document.Get(Layers.Tokens);
        var times = document.Get(Layers.TimeExpressions);
        var published = document.Metadata.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : (DateOnly?)null;
        var next = 0;
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            while (next < times.Length && times[next].Range.Start < sentence.Range.Start)
            {
                next++;
            }

            // The most precise date wins; a possessive one ("Tuesday's earthquake") names an earlier
            // event the sentence only refers to, so it serves only when nothing else dates the sentence.
            string? date = null;
            var dateIsPossessive = true;
            for (var t = next; t < times.Length && times[t].Range.Start < sentence.Range.End; t++)
            {
                if (EventDate(times[t], published) is not { } found)
                {
                    continue;
                }

                var possessive = IsPossessive(document.Text, times[t].Range.End);
                if (date is null || (dateIsPossessive && !possessive) || (possessive == dateIsPossessive && found.Length > date.Length))
                {
                    date = found;
                    dateIsPossessive = possessive;
                }
            }

            var words = date is null ? 0 : CountWords(tokens, sentence);
            if (date is null || words is < MinWords or > MaxWords)
            {
                continue;
            }

            var text = WithoutDateline(document.TextOf(sentence).Trim());
            yield return new Candidate(date, text, article.Id, articleOrder, ContentWords(document.Text, tokens, sentence));
        }
    }

    /// <summary>The day or month an expression dates an event to, or null for spans, sets, vague and future dates.</summary>
    private static string? EventDate(TimeExpression time, DateOnly? published)
    {
        if (time.Type is not (TimexType.Date or TimexType.Time) || time.Begin is not null || time.Value.Length < 7)
        {
            return null;
        }

        var value = time.Value;
        if (value.Length >= 10 && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return published is { } limit && day > limit ? null : value[..10];
        }

        // A month is kept only when it is not the report's own month ("by the end of the month"):
        // events of the current month are dated to the day.
        if (value.Length == 7 && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return published is { } limit && month.AddMonths(1) > limit ? null : value;
        }

        return null;
    }

    /// <summary>Greedy leader grouping: each candidate joins the first group whose leader it overlaps enough.</summary>
    private static List<List<Candidate>> SameEvents(List<Candidate> candidates)
    {
        var groups = new List<List<Candidate>>();
        foreach (var candidate in candidates)
        {
            var home = groups.FirstOrDefault(g => Overlap(g[0].Words, candidate.Words) >= SameEventOverlap);
            if (home is null)
            {
                groups.Add([candidate]);
            }
            else if (home.TrueForAll(c => c.ArticleId != candidate.ArticleId))
            {
                home.Add(candidate);
            }
        }

        return groups;
    }

    /// <summary>
    /// Shared content words over the shorter sentence's, numbers ("4:17", "1,874") weighing double:
    /// a short report of an event and a long one share most of the short one's words.
    /// </summary>
    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        double shared = 0, total = 0;
        foreach (var word in small)
        {
            var weight = word.AsSpan().IndexOfAnyInRange('0', '9') >= 0 ? 2 : 1;
            total += weight;
            if (large.Contains(word))
            {
                shared += weight;
            }
        }

        return total == 0 ? 0 : shared / total;
    }

    private static bool IsPossessive(string text, int end) =>
        end + 1 < text.Length && (text[end] == '\'' || text[end] == '\u2019') && text[end + 1] == 's';

    /// <summary>
    /// The sentence without a leading dateline ("GOMA – ", "DHAKA, Aug 22 (Meridian Wire) - ",
    /// "BHUBANESWAR: "): a place in capitals, then a dash or colon within the first few words.
    /// </summary>
    private static string WithoutDateline(string sentence)
    {
        var caps = 0;
        while (caps < sentence.Length && (char.IsUpper(sentence[caps]) || sentence[caps] is ' ' or '-' or '.' or '\''))
        {
            caps++;
        }

        if (caps < 4 || !char.IsUpper(sentence[caps - 1]) && sentence[caps - 1] != ' ')
        {
            return sentence;
        }

        var window = sentence.AsSpan(0, Math.Min(sentence.Length, 90));
        foreach (var separator in (ReadOnlySpan<string>)[" - ", " \u2013 ", " \u2014 ", ": "])
        {
            var at = window.IndexOf(separator, StringComparison.Ordinal);
            if (at >= caps - 1 && at + separator.Length < sentence.Length)
            {
                return sentence[(at + separator.Length)..];
            }
        }

        return sentence;
    }

    private static int CountWords(ImmutableArray<Token> tokens, Sentence sentence)
    {
        var count = 0;
        for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount && i < tokens.Length; i++)
        {
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                count++;
            }
        }

        return count;
    }

    private HashSet<string> ContentWords(string text, ImmutableArray<Token> tokens, Sentence sentence)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount && i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind is TokenKind.Word or TokenKind.Number && token.Range.Length >= 3)
            {
                var word = token.Range.Of(text).ToLowerInvariant();
                if (!stopwords.Contains(word))
                {
                    words.Add(word);
                }
            }
        }

        return words;
    }

    private static HashSet<string> LoadEnglishStopwords()
    {
        var english = EmbeddedResource.Rows("language-stopwords.txt").First(row => row[0] == "en");
        return new HashSet<string>(english[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
    }

    private sealed record Candidate(string Date, string Text, string ArticleId, int ArticleOrder, HashSet<string> Words);
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using Storyline.Core.Model;

namespace Storyline.Core.Language.Claims;

/// <summary>
/// Turns the figures of a text into claims: the category from the nearest cue word in the sentence
/// (the figure's own counted noun first), the subject from its counted noun, whether it is a running
/// total or a projection, the attribution whose content holds it and its source's name, the place
/// and the day it applies to.
/// </summary>
public sealed class ClaimReader
{
    private const int Window = 8;

    private static readonly FrozenSet<string> IncrementWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "another", "more", "new", "additional", "further", "overnight", "latest");

    private static readonly FrozenSet<string> MeasureUnits = FrozenSet.Create(
        StringComparer.Ordinal, "percentage", "fraction", "year of age", "hour", "day", "week", "month", "year", "minute", "second",
        "kilometre", "mile", "metre", "centimetre", "millimetre", "foot", "inch", "yard", "kilometre per hour", "mile per hour",
        "square kilometre", "square mile", "square metre", "hectare", "acre", "kilogram", "gram", "tonne", "ton", "litre", "gallon",
        "barrel", "degree", "celsius", "fahrenheit", "magnitude");

    /// <summary>How far (in tokens) a category cue is looked for when none is near: a long sentence's reach.</summary>
    private const int SentenceReach = 60;

    /// <summary>How far (in characters) a figure's speaker is looked for.</summary>
    private const int SpeakerContext = 400;

    /// <summary>How far (in characters) a named speaker may be from the speech verb.</summary>
    private const int SpeakerReach = 120;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "said", "says", "told", "reported", "according", "announced", "confirmed", "stated").GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _cues;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _projectionCues;

    public ClaimReader(IReadOnlyDictionary<string, string> cues, IEnumerable<string> projectionCues)
    {
        _cues = cues.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _projectionCues = projectionCues.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static ClaimReader Default { get; } = new(LoadCues(), EmbeddedResource.Rows("figure-projection-cues.txt").Select(r => r[0]));

    /// <summary>The claims of an annotated document: its figures with what, where, when and who.</summary>
    public ImmutableArray<Claim> Read(Document document)
    {
        var text = document.Text;
        IReadOnlyList<Token> tokens = document.Get(Layers.Tokens);
        IReadOnlyList<Sentence> sentences = document.Get(Layers.Sentences);
        var figures = document.Get(Layers.Figures);
        var attributions = document.Get(Layers.Attributions);
        var places = new ClaimPlaceFinder(document.Get(Layers.Places), sentences);
        var published = document.Metadata.Published is { } at ? DateOnly.FromDateTime(at.DateTime) : (DateOnly?)null;
        var times = new ClaimTimeFinder(document.Get(Layers.TimeExpressions), text, published);
        IReadOnlyList<EntityMention> mentions = document.Get(Layers.EntityMentions);
        var sources = new SourceNamer(mentions);

        var claims = ImmutableArray.CreateBuilder<Claim>(figures.Length);
        var sentenceIndex = 0;

        // One sweep in text order: the attributions whose content has begun and not yet ended.
        var byContentStart = attributions.OrderBy(a => a.Content.Start).ToArray();
        var byCue = attributions.OrderBy(a => a.Range.Start).ToArray();
        var nextAttribution = 0;
        var open = new List<Attribution>();
        foreach (var figure in figures)
        {
            while (sentenceIndex + 1 < sentences.Count && sentences[sentenceIndex].Range.End <= figure.Range.Start)
            {
                sentenceIndex++;
            }

            var sentence = sentences.Count > 0 ? sentences[sentenceIndex] : new Sentence(new TextRange(0, text.Length), 0, tokens.Count);
            var (first, end) = TokenSpan(tokens, sentence, figure.Range);
            while (nextAttribution < byContentStart.Length && byContentStart[nextAttribution].Content.Start <= figure.Range.Start)
            {
                open.Add(byContentStart[nextAttribution++]);
            }

            open.RemoveAll(a => a.Content.End <= figure.Range.Start);
            var attribution = open.Find(a => a.Content.Contains(figure.Range))
                ?? SentenceSpeaker(byCue, sentence.Range, figure.Range)
                ?? NamedSpeaker(text, tokens, sentence, first, end, mentions, figure.Range);
            var (place, placeStated) = places.Find(sentence.Range, figure.Range);
            var time = times.Find(sentence.Range, figure.Range);
            claims.Add(new Claim(
                figure.Range,
                figure,
                Category(text, tokens, sentence, first, end, figure, attribution?.Source),
                Subject(figure),
                IsCumulative(text, tokens, sentence, first, end) && time?.Window != true,
                attribution,
                place,
                time,
                sources.Name(attribution, text),
                IsProjection(text, tokens, sentence, first),
                placeStated));
        }

        return claims.ToImmutable();
    }

    private string Category(string text, IReadOnlyList<Token> tokens, Sentence sentence, int first, int end, Figure figure, TextRange? source)
    {
        if (figure.Unit is { } unit && IsMoney(unit))
        {
            return "money";
        }

        if (figure.Unit is { } counted && _cues.TryGetValue(counted.AsSpan(counted.LastIndexOf(' ') + 1), out var own))
        {
            return own;
        }

        // A length, a duration or a strength ("60 km", "two days", "magnitude 5.8") is a measure, not a count of anything.
        if ((figure.Unit is { } measure && MeasureUnits.Contains(measure) && measure is not "percentage" and not "fraction")
            || (first > sentence.FirstToken && IsWord(text, tokens[first - 1], "magnitude")))
        {
            return "other";
        }

        // What happened to them ("surrendered", "died") says more than who they are ("rebels"), so
        // event words are looked for first and group words only when there is none; near the figure
        // first, then anywhere in the sentence ("The number of people killed in Tuesday's quake in
        // Peru's Ancash region has risen to 1,874"). Words of the source's name ("the special relief
        // commissioner") say nothing about what is counted.
        var sentenceEnd = sentence.FirstToken + sentence.TokenCount;
        var reach = Math.Min(SentenceReach, Math.Max(end - 1 - sentence.FirstToken, sentenceEnd - end));
        foreach (var window in (int[])[Window, reach])
        {
            foreach (var groupWords in (bool[])[false, true])
            {
                for (var distance = 1; distance <= window; distance++)
                {
                    // After the figure first ("1,200 people died"), then before it ("killing at least 1,200").
                    if (end - 1 + distance < sentenceEnd && Cue(text, tokens[end - 1 + distance], source) is { } after && IsGroup(after) == groupWords)
                    {
                        return after;
                    }

                    if (first - distance >= sentence.FirstToken && Cue(text, tokens[first - distance], source) is { } before && IsGroup(before) == groupWords)
                    {
                        return before;
                    }
                }
            }
        }

        return figure.Unit is "percentage" && HasWord(text, tokens, sentence, first, "territory") ? "territory" : "other";
    }

    private static bool IsWord(string text, Token token, string word) =>
        text.AsSpan(token.Range.Start, token.Range.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsGroup(string category) => category is "fighters" or "civilians";

    private string? Cue(string text, Token token, TextRange? source) =>
        token.Kind == TokenKind.Word && source?.Contains(token.Range) != true
        && _cues.TryGetValue(text.AsSpan(token.Range.Start, token.Range.Length), out var category) ? category : null;

    private static string? Subject(Figure figure) =>
        figure.Unit is { } unit && !MeasureUnits.Contains(unit) && !IsMoney(unit) ? unit : null;

    private static bool IsMoney(string unit) =>
        unit.EndsWith("dollar", StringComparison.Ordinal) || unit is "euro" or "pound sterling" or "japanese yen" or "cent" or "penny"
        || unit.EndsWith("rupee", StringComparison.Ordinal) || unit.EndsWith("franc", StringComparison.Ordinal)
        || unit.EndsWith("sol", StringComparison.Ordinal) || unit.EndsWith("taka", StringComparison.Ordinal);

    /// <summary>
    /// When no reported speech holds the figure but its sentence has a speaker ("Kivu Civic Watch,
    /// the group whose early count was dismissed, said on Monday that ... at least 52 deaths"), that
    /// speaker is the figure's source: the nearest cue with a named source in the sentence.
    /// </summary>
    private static Attribution? SentenceSpeaker(Attribution[] byCue, TextRange sentence, TextRange figure)
    {
        Attribution? nearest = null;
        foreach (var attribution in SpanIndex.Within(byCue, SpanIndex.Around(sentence, figure, SpeakerContext)))
        {
            if (attribution.Source is { } source && sentence.Contains(source) && !source.Overlaps(figure)
                && (nearest is null || SpanIndex.Distance(attribution.Range, figure) < SpanIndex.Distance(nearest.Range, figure)))
            {
                nearest = attribution;
            }
        }

        return nearest;
    }

    /// <summary>
    /// Last resort for a sentence the attribution rules did not read ("In Kendrapara, 117 people are
    /// missing, the district collector, Ankit Dash, said."): the person or organisation named nearest
    /// a speech verb of the sentence is the speaker.
    /// </summary>
    private static Attribution? NamedSpeaker(
        string text, IReadOnlyList<Token> tokens, Sentence sentence, int first, int end, IReadOnlyList<EntityMention> mentions, TextRange figure)
    {
        var context = SpanIndex.Around(sentence.Range, figure, SpeakerContext);
        var limit = Math.Min(sentence.FirstToken + sentence.TokenCount, end + SentenceReach);
        for (var i = Math.Max(sentence.FirstToken, first - SentenceReach); i < limit; i++)
        {
            var token = tokens[i];
            if (!context.Contains(token.Range))
            {
                continue;
            }

            if (!SpeechVerbs.Contains(text.AsSpan(token.Range.Start, token.Range.Length)))
            {
                continue;
            }

            EntityMention? nearest = null;
            foreach (var mention in SpanIndex.Within(mentions, SpanIndex.Around(sentence.Range, token.Range, 2 * SpeakerReach)))
            {
                if (mention.Type is EntityType.Person or EntityType.Organization && !mention.Range.Overlaps(figure) && sentence.Range.Contains(mention.Range)
                    && SpanIndex.Distance(mention.Range, token.Range) <= SpeakerReach
                    && (nearest is null || SpanIndex.Distance(mention.Range, token.Range) < SpanIndex.Distance(nearest.Range, token.Range)))
                {
                    nearest = mention;
                }
            }

            if (nearest is not null)
            {
                return new Attribution(token.Range, token.Range.Of(text), nearest.Range, nearest.Text, sentence.Range, Direct: false);
            }
        }

        return null;
    }

    /// <summary>A figure after a modal or a forecast word ("could exceed 3,000", "is expected to reach") is not a count.</summary>
    private bool IsProjection(string text, IReadOnlyList<Token> tokens, Sentence sentence, int first)
    {
        for (var i = Math.Max(sentence.FirstToken, first - 4); i < first; i++)
        {
            if (_projectionCues.Contains(text.AsSpan(tokens[i].Range.Start, tokens[i].Range.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A count is a running total unless the words around it mark an increment ("another 40", "three more bodies")
    /// or it covers the past hours or days ("in the past 24 hours").</summary>
    private static bool IsCumulative(string text, IReadOnlyList<Token> tokens, Sentence sentence, int first, int end)
    {
        // "three more bodies", "40 additional deaths".
        if (end < sentence.FirstToken + sentence.TokenCount && tokens[end].Range.Of(text) is "more" or "additional" or "further" or "new")
        {
            return false;
        }

        for (var i = Math.Max(sentence.FirstToken, first - 3); i < first; i++)
        {
            if (IncrementWords.Contains(tokens[i].Range.Of(text)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasWord(string text, IReadOnlyList<Token> tokens, Sentence sentence, int first, string word)
    {
        var limit = Math.Min(sentence.FirstToken + sentence.TokenCount, first + SentenceReach);
        for (var i = Math.Max(sentence.FirstToken, first - SentenceReach); i < limit; i++)
        {
            if (text.AsSpan(tokens[i].Range.Start, tokens[i].Range.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Binary search for the figure's first token: a scan from the sentence start would cost a
    // run-on sentence's length per figure.
    private static (int First, int End) TokenSpan(IReadOnlyList<Token> tokens, Sentence sentence, TextRange range)
    {
        var first = sentence.FirstToken;
        var limit = sentence.FirstToken + sentence.TokenCount;
        var high = limit;
        while (first < high)
        {
            var middle = (first + high) >>> 1;
            if (tokens[middle].Range.End <= range.Start)
            {
                first = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        var end = first;
        while (end < limit && tokens[end].Range.Start < range.End)
        {
            end++;
        }

        return (first, Math.Max(end, first + 1));
    }

    private static Dictionary<string, string> LoadCues() =>
        EmbeddedResource.Rows("figure-categories.tsv").ToDictionary(r => r[0], r => r[1], StringComparer.OrdinalIgnoreCase);
}

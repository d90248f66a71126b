using System.Collections.Frozen;

namespace Storyline.Core.Language.Attributions;

/// <summary>
/// The cue words of reported speech and the words that make or end a source phrase (Resources/attribution-*.tsv):
/// the hand-written cues plus the reliable ones derived from PolNeAR's training split (<see cref="LearnedCues"/>).
/// </summary>
public sealed class AttributionLexicon
{
    private static readonly Lazy<AttributionLexicon> Shipped = new(() => WithLearned(EmbeddedResource.Rows("attribution-cues-learned.tsv"), checkPrecision: true));

    /// <summary>
    /// The shipped hand-written tables with the reliable cues of a learned table added; without
    /// <paramref name="checkPrecision"/>, before their precision in the recogniser is known (the first pass of
    /// <c>storyline train attribution</c>).
    /// </summary>
    public static AttributionLexicon WithLearned(IEnumerable<string[]> learnedRows, bool checkPrecision)
    {
        var sourceWords = EmbeddedResource.Rows("attribution-source-words.tsv").ToDictionary(r => r[0], r => Enum.Parse<SourceWordRole>(r[1], ignoreCase: true), StringComparer.OrdinalIgnoreCase);
        var handWritten = EmbeddedResource.Rows("attribution-cues.tsv").ToDictionary(r => r[0], r => Enum.Parse<CueKind>(r[1], ignoreCase: true), StringComparer.OrdinalIgnoreCase);
        return new AttributionLexicon(LearnedCues.Merge(handWritten, sourceWords, learnedRows, checkPrecision), sourceWords);
    }

    public AttributionLexicon(IReadOnlyDictionary<string, CueKind> cues, IReadOnlyDictionary<string, SourceWordRole> sourceWords)
    {
        SingleWordCues = cues.Where(c => !c.Key.Contains(' ')).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        PhraseCues = cues.Where(c => c.Key.Contains(' ')).Select(c => new PhraseCue(c.Key.Split(' '), c.Value)).ToArray();
        PhraseCuesByFirstWord = PhraseCues.GroupBy(p => p.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _cueTexts = cues.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _phraseCueTexts = cues.Where(c => c.Value == CueKind.Phrase).Select(c => c.Key).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        SourceWords = sourceWords.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly FrozenSet<string> _phraseCueTexts;
    private readonly FrozenSet<string> _cueTexts;

    public static AttributionLexicon Default => Shipped.Value;

    public FrozenDictionary<string, CueKind>.AlternateLookup<ReadOnlySpan<char>> SingleWordCues { get; }

    /// <summary>Multi-word cues ("according to", "spoke of"), as their words with how they take their arguments.</summary>
    public IReadOnlyList<PhraseCue> PhraseCues { get; }

    /// <summary>The multi-word cues by their first word, longest first, so a token needs one lookup.</summary>
    public FrozenDictionary<string, PhraseCue[]>.AlternateLookup<ReadOnlySpan<char>> PhraseCuesByFirstWord { get; }

    public FrozenDictionary<string, SourceWordRole>.AlternateLookup<ReadOnlySpan<char>> SourceWords { get; }

    /// <summary>Whether a cue's text is a cue whose source follows it ("according to").</summary>
    public bool IsPhraseCue(string cue) => _phraseCueTexts.Contains(cue);

    /// <summary>Whether a text is one of the cues ("said", "pointed to").</summary>
    public bool IsCue(string cue) => _cueTexts.Contains(cue);

}

/// <summary>A multi-word cue: its words and how it takes its source and content.</summary>
public sealed record PhraseCue(string[] Words, CueKind Kind);

/// <summary>How a cue takes its source and content.</summary>
public enum CueKind
{
    /// <summary>Source before the cue, or after it following a quotation; content after the cue or before the source.</summary>
    Say,

    /// <summary>Like <see cref="Say"/>, with a recipient between the cue and the content ("told Reuters that").</summary>
    Tell,

    /// <summary>A phrase whose source follows it ("according to the Red Cross").</summary>
    Phrase,

    /// <summary>A noun of saying after a possessive source, before "that" ("the ministry's statement that").</summary>
    Noun,
}

/// <summary>What a word does at the edge of a source phrase.</summary>
public enum SourceWordRole
{
    Pronoun,

    /// <summary>Starts a noun phrase; before a cue word it makes the cue a noun ("the claims").</summary>
    Determiner,
    Part,

    /// <summary>A preposition that may join a source's head to a named complement ("officials at the Red Cross").</summary>
    Preposition,

    /// <summary>Opens an appositive after a source ("Lena Marsh, a spokeswoman for …", "…, who leads …").</summary>
    Opener,
    Stop,
    Skip,
    Auxiliary,
}

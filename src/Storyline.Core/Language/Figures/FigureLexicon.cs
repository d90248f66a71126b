using System.Collections.Frozen;
using System.Globalization;
using Storyline.Core.Model;

namespace Storyline.Core.Language.Figures;

/// <summary>
/// The word tables the figure recogniser reads, loaded from Resources/: number words, multiplier
/// suffixes, vague quantities, bound words, units and change verbs. Lookups are case-insensitive
/// and take spans, so matching a token allocates nothing.
/// </summary>
public sealed class FigureLexicon
{
    private static readonly Lazy<FigureLexicon> Shipped = new(Load);

    private FigureLexicon(
        FrozenDictionary<string, NumberWord> numberWords,
        FrozenDictionary<string, double> suffixes,
        FrozenDictionary<string, VagueQuantity> vague,
        FrozenDictionary<string, BoundCue> boundsBefore,
        FrozenDictionary<string, BoundCue> boundsAfter,
        FrozenDictionary<string, string> unitsBefore,
        FrozenDictionary<string, string> unitsAfter,
        FrozenDictionary<string, string> unitsGlued,
        FrozenDictionary<string, string> unitsSuffix,
        FrozenDictionary<string, FigureChange> changeWords,
        FrozenSet<string> countNounModifiers,
        FrozenSet<string> notNouns,
        FrozenSet<string> yearPrepositions,
        FrozenSet<string> labelNouns)
    {
        NumberWords = numberWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Suffixes = suffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        Vague = vague;
        VagueFirstWords = vague.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        BoundsBefore = boundsBefore;
        BoundsAfter = boundsAfter;
        UnitsBefore = unitsBefore;
        UnitsAfter = unitsAfter;
        UnitsGlued = unitsGlued;
        UnitsSuffix = unitsSuffix;
        ChangeWords = changeWords.GetAlternateLookup<ReadOnlySpan<char>>();
        CountNounModifiers = countNounModifiers.GetAlternateLookup<ReadOnlySpan<char>>();
        NotNouns = notNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        YearPrepositions = yearPrepositions;
        LabelNouns = labelNouns;
        MeasureUnits = unitsBefore.Values.Concat(unitsAfter.Values).Concat(unitsGlued.Values).Concat(unitsSuffix.Values).ToFrozenSet(StringComparer.Ordinal);
        LongestBoundWords = Math.Max(LongestPhrase(boundsBefore.Keys), LongestPhrase(boundsAfter.Keys));
        LongestUnitWords = Math.Max(LongestPhrase(unitsBefore.Keys), LongestPhrase(unitsAfter.Keys));
    }

    public static FigureLexicon Default => Shipped.Value;

    public FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> NumberWords { get; }

    public FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Suffixes { get; }

    /// <summary>Vague phrases by their words joined with single spaces; "+scale" rows end in " +scale".</summary>
    public FrozenDictionary<string, VagueQuantity> Vague { get; }

    public FrozenDictionary<string, BoundCue> BoundsBefore { get; }

    private FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VagueFirstWords { get; }

    public FrozenDictionary<string, BoundCue> BoundsAfter { get; }

    public FrozenDictionary<string, string> UnitsBefore { get; }

    public FrozenDictionary<string, string> UnitsAfter { get; }

    /// <summary>Currency prefixes read only when glued to the digits ("PS2.7m"), never as a word of their own.</summary>
    public FrozenDictionary<string, string> UnitsGlued { get; }

    /// <summary>Case-sensitive units read only when glued after the digits ("40C"), where a lone capital is otherwise a name ("5G").</summary>
    public FrozenDictionary<string, string> UnitsSuffix { get; }

    public FrozenDictionary<string, FigureChange>.AlternateLookup<ReadOnlySpan<char>> ChangeWords { get; }

    /// <summary>Words between a number and the noun it counts that are not the noun ("1,200 more people").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountNounModifiers { get; }

    /// <summary>Words that follow a number without being what it counts ("1,200 died", "300 in the north").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNouns { get; }

    /// <summary>Words after which a four-digit number is a year ("in 2019").</summary>
    public FrozenSet<string> YearPrepositions { get; }

    /// <summary>Words after which a number is a label ("category 4", "route 66").</summary>
    public FrozenSet<string> LabelNouns { get; }

    /// <summary>The normalised names of the units in the unit table ("dollar", "kilowatt"), not counted nouns.</summary>
    public FrozenSet<string> MeasureUnits { get; }

    public int LongestBoundWords { get; }

    public int LongestUnitWords { get; }

    public bool StartsVaguePhrase(ReadOnlySpan<char> word) => VagueFirstWords.Contains(word);

    private static FigureLexicon Load()
    {
        var numberWords = EmbeddedResource.Rows("number-words.tsv").ToFrozenDictionary(
            r => r[0],
            r => new NumberWord(Number(r[1]), Enum.Parse<NumberWordRole>(r[2], ignoreCase: true)),
            StringComparer.OrdinalIgnoreCase);
        var suffixes = EmbeddedResource.Rows("number-suffixes.tsv").ToFrozenDictionary(r => r[0], r => Number(r[1]), StringComparer.OrdinalIgnoreCase);
        var vague = EmbeddedResource.Rows("vague-quantities.tsv").ToFrozenDictionary(
            r => r[0].Replace("+scale", " +scale", StringComparison.Ordinal),
            r => new VagueQuantity(Number(r[1]), Number(r[2]), Number(r[3])),
            StringComparer.OrdinalIgnoreCase);
        var bounds = EmbeddedResource.Rows("figure-bounds.tsv").Select(r => (
            Phrase: r[0],
            Cue: new BoundCue(Enum.Parse<FigureBound>(r[1]), Enum.Parse<BoundShape>(r[2], ignoreCase: true), r[3] == "yes"),
            After: r[4] == "after")).ToList();
        var units = EmbeddedResource.Rows("figure-units.tsv").Select(r => (Surface: r[0], Unit: r[1], Position: r[2])).ToList();
        var changes = EmbeddedResource.Rows("figure-changes.tsv").ToFrozenDictionary(
            r => r[0], r => Enum.Parse<FigureChange>(r[1], ignoreCase: true), StringComparer.OrdinalIgnoreCase);
        return new FigureLexicon(
            numberWords,
            suffixes,
            vague,
            bounds.Where(b => !b.After).ToFrozenDictionary(b => b.Phrase, b => b.Cue, StringComparer.OrdinalIgnoreCase),
            bounds.Where(b => b.After).ToFrozenDictionary(b => b.Phrase, b => b.Cue, StringComparer.OrdinalIgnoreCase),
            units.Where(u => u.Position == "before").ToFrozenDictionary(u => u.Surface, u => u.Unit, StringComparer.OrdinalIgnoreCase),
            units.Where(u => u.Position == "after").ToFrozenDictionary(u => u.Surface, u => u.Unit, StringComparer.OrdinalIgnoreCase),
            units.Where(u => u.Position == "glued").ToFrozenDictionary(u => u.Surface, u => u.Unit, StringComparer.Ordinal),
            units.Where(u => u.Position == "suffix").ToFrozenDictionary(u => u.Surface, u => u.Unit, StringComparer.Ordinal),
            changes,
            WordSet("figure-count-modifiers.txt"),
            WordSet("figure-not-nouns.txt"),
            WordSet("year-prepositions.txt"),
            WordSet("figure-label-nouns.txt"));
    }

    private static FrozenSet<string> WordSet(string fileName) =>
        EmbeddedResource.Rows(fileName).Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static int LongestPhrase(IEnumerable<string> phrases) =>
        phrases.Select(p => p.Split(' ').Length).DefaultIfEmpty(1).Max();
}

/// <summary>A number word and how it combines with its neighbours.</summary>
public readonly record struct NumberWord(double Value, NumberWordRole Role);

public enum NumberWordRole
{
    Unit,
    Ten,
    Scale,
    Dozen,
    Fraction,
    Article,
}

/// <summary>How a vague phrase is read: a conservative value inside a plausible range.</summary>
public readonly record struct VagueQuantity(double Value, double Low, double High);

/// <summary>A bounding phrase and the interval it draws around the stated value.</summary>
public readonly record struct BoundCue(FigureBound Bound, BoundShape Shape, bool Open);

public enum BoundShape
{
    Point,
    Around,
    Below,
    Above,
    From,
    To,
}

using System.Collections.Frozen;
using Storyline.Core.Model;

namespace Storyline.Core.Language.Entities.Linking;

/// <summary>
/// The word lists entity linking runs on, shipped as data in Resources/: curated aliases
/// (entity-aliases.tsv), titles before names (entity-titles.tsv) and the head nouns a
/// definite description can refer back with (entity-heads.tsv).
/// </summary>
public sealed class LinkingLexicon
{
    private static readonly FrozenSet<string> FunctionWordSet =
        new[] { "of", "the", "and", "for", "on", "in", "at", "to", "de", "des", "du", "la", "le", "el", "et", "&" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public LinkingLexicon(
        IEnumerable<KeyValuePair<string, EntityAlias>> aliases,
        IEnumerable<EntityTitle> titles,
        IEnumerable<HeadNoun> heads)
    {
        Aliases = aliases.ToFrozenDictionary(StringComparer.Ordinal);
        var titleList = titles.ToList();
        Titles = titleList.ToFrozenDictionary(t => t.Phrase, StringComparer.OrdinalIgnoreCase);
        TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        TitleFirstWords = titleList.Select(t => t.Phrase.Split(' ')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        MaxTitleWords = titleList.Count == 0 ? 0 : titleList.Max(t => t.Phrase.Count(c => c == ' ') + 1);
        Heads = heads.ToFrozenDictionary(h => h.Word, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        FunctionWords = FunctionWordSet.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon shipped in Resources/.</summary>
    public static LinkingLexicon Default { get; } = Load();

    /// <summary>Alias (full stops removed, case kept) to canonical name and type.</summary>
    public FrozenDictionary<string, EntityAlias> Aliases { get; }

    public FrozenDictionary<string, EntityTitle> Titles { get; }

    public FrozenDictionary<string, EntityTitle>.AlternateLookup<ReadOnlySpan<char>> TitleLookup { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleFirstWords { get; }

    public int MaxTitleWords { get; }

    public FrozenDictionary<string, HeadNoun>.AlternateLookup<ReadOnlySpan<char>> Heads { get; }

    /// <summary>Words skipped when forming an acronym from a name ("Ministry of Health" is MH as well as MOH).</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords { get; }

    private static LinkingLexicon Load()
    {
        var aliases = new List<KeyValuePair<string, EntityAlias>>();
        using (var reader = EmbeddedResource.Open("entity-aliases.tsv"))
        {
            foreach (var (line, fields) in EmbeddedResource.ReadRows(reader))
            {
                Require(fields.Length == 3, "entity-aliases.tsv", line, "alias<TAB>canonical name<TAB>type");
                aliases.Add(new(fields[0].Replace(".", string.Empty, StringComparison.Ordinal), new EntityAlias(fields[1], ParseType(fields[2], line))));
            }
        }

        var titles = new List<EntityTitle>();
        using (var reader = EmbeddedResource.Open("entity-titles.tsv"))
        {
            foreach (var (line, fields) in EmbeddedResource.ReadRows(reader))
            {
                Require(fields.Length == 2 && fields[1] is "role" or "honorific", "entity-titles.tsv", line, "title<TAB>role|honorific");
                titles.Add(new EntityTitle(fields[0], fields[1] == "role"));
            }
        }

        var heads = new List<HeadNoun>();
        using (var reader = EmbeddedResource.Open("entity-heads.tsv"))
        {
            foreach (var (line, fields) in EmbeddedResource.ReadRows(reader))
            {
                Require(fields.Length == 2 && fields[1] is "unique" or "recent", "entity-heads.tsv", line, "head<TAB>unique|recent");
                heads.Add(new HeadNoun(fields[0], fields[1] == "recent" ? HeadPolicy.MostRecent : HeadPolicy.OnlyOne));
            }
        }

        return new LinkingLexicon(aliases, titles, heads);
    }

    private static EntityType ParseType(string type, int line) => type switch
    {
        "person" => EntityType.Person,
        "organization" => EntityType.Organization,
        "location" => EntityType.Location,
        "miscellaneous" => EntityType.Miscellaneous,
        _ => throw new InvalidOperationException($"entity-aliases.tsv line {line}: unknown type '{type}'."),
    };

    private static void Require(bool condition, string file, int line, string expected)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"{file} line {line}: expected {expected}.");
        }
    }
}

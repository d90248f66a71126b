using System.Collections.Immutable;
using Storyline.Core.Model;
using static Storyline.Core.Language.Tokens.TokenText;

namespace Storyline.Core.Language.Entities.Linking;

/// <summary>
/// Links every entity mention of one article to the fullest name the article gives the entity:
/// surnames to full names ("Macron", "Mr. Macron's" to "Emmanuel Macron"), titles stripped
/// ("President Emmanuel Macron"), acronyms to their expansion (in-text definitions such as
/// "International Atomic Energy Agency (IAEA)", initials of a name in the article, or the curated
/// aliases), and definite descriptions ("the Agency", "the ministry", "the president") to the
/// organisation or person they refer back to. Linear in tokens plus entities: every match is a
/// dictionary lookup, never a comparison of all mentions with all others.
/// </summary>
public sealed class EntityLinker(LinkingLexicon lexicon)
{
    private const int MaxNameWords = 12;

    public static EntityLinker Default { get; } = new(LinkingLexicon.Default);

    public ImmutableArray<EntityMention> Link(string text, ImmutableArray<Token> tokens, ImmutableArray<Entity> entities)
    {
        if (entities.IsDefaultOrEmpty && tokens.IsDefaultOrEmpty)
        {
            return [];
        }

        var spans = TokenSpans.Align(tokens, entities);
        var descriptions = FindDescriptions(text, tokens, spans);
        var names = new NamedMention[entities.Length];
        for (var e = 0; e < entities.Length; e++)
        {
            names[e] = spans.Consumed[e] ? default : NameOf(text, tokens, entities[e], spans, e);
        }

        var definitions = FindDefinitions(text, tokens, spans, names);
        var clusters = new Dictionary<string, MentionCluster>(StringComparer.Ordinal);
        var clusterOf = new MentionCluster?[entities.Length];
        for (var e = 0; e < entities.Length; e++)
        {
            if (names[e].Name is { } name)
            {
                clusterOf[e] = Cluster(clusters, entities[e], name, names[e].Range.Start, definitions);
            }
        }

        var firstFullBySurname = MergeClusters(clusters);
        return Resolve(text, entities, names, clusterOf, descriptions, firstFullBySurname);
    }

    private NamedMention NameOf(string text, ImmutableArray<Token> tokens, Entity entity, TokenSpans spans, int index)
    {
        var first = spans.First[index];
        if (first < 0)
        {
            var whole = Names.Collapse(entity.Text);
            return whole.Length == 0 ? default : new NamedMention(entity.Range, whole, null);
        }

        var end = first + spans.Count[index];
        string? role = null;
        if (entity.Type == EntityType.Person)
        {
            role = RoleBefore(text, tokens, first);
            for (var strips = 0; strips < 2 && end - first > 1; strips++)
            {
                var length = MatchTitle(text, tokens, first, end - first - 1, out var title);
                if (length == 0)
                {
                    break;
                }

                role = title!.IsRole ? title.Phrase : role;
                first += length;
            }
        }
        else if (entity.Type != EntityType.Location && end - first > 1 && Is(text, tokens[first], "the"))
        {
            first++;
        }

        if (end - first > 1 && IsPossessive(tokens[end - 1].Range.Of(text)))
        {
            end--;
        }

        // A possessive inside the last token ("Reuters'") is trimmed from the span as well as the name.
        var start = tokens[first].Range.Start;
        var core = Names.WithoutPossessive(text.AsSpan(start, tokens[end - 1].Range.End - start));
        var name = Names.Collapse(core);
        return name.Length == 0 ? default : new NamedMention(new TextRange(start, start + core.Length), name, role);
    }

    private MentionCluster? Cluster(
        Dictionary<string, MentionCluster> clusters, Entity entity, string name, int start, Dictionary<string, string> definitions)
    {
        var resolved = name;
        EntityType? fixedType = null;
        var expanded = false;
        var aliasKey = Names.WithoutFullStops(name);
        if (Names.IsAcronym(name) && definitions.TryGetValue(aliasKey, out var definition))
        {
            resolved = definition;
            aliasKey = Names.WithoutFullStops(definition);
            expanded = true;
        }

        if (lexicon.Aliases.TryGetValue(aliasKey, out var alias))
        {
            resolved = alias.CanonicalName;
            fixedType = alias.Type;
            expanded = true;
        }

        var folded = CanonicalKey.Fold(resolved);
        if (folded.Length == 0)
        {
            return null;
        }

        if (!clusters.TryGetValue(folded, out var cluster))
        {
            cluster = new MentionCluster(folded, resolved, start);
            clusters.Add(folded, cluster);
        }

        cluster.Expanded |= expanded;
        cluster.Spelled(resolved);
        cluster.Vote(entity.Type, fixedType);
        return cluster;
    }

    /// <summary>
    /// Merges acronyms into the name whose initials they are, and shorter full names of a person
    /// into the longest one with the same first and last word; returns, per surname, the first
    /// full-name person of the article (what a surname mentioned before any full name refers to).
    /// </summary>
    private Dictionary<string, MentionCluster> MergeClusters(Dictionary<string, MentionCluster> clusters)
    {
        var byInitials = new Dictionary<string, MentionCluster?>(StringComparer.Ordinal);
        var longestPerson = new Dictionary<string, MentionCluster>(StringComparer.Ordinal);
        var byEnding = new Dictionary<string, MentionCluster?>(StringComparer.Ordinal);
        foreach (var cluster in clusters.Values)
        {
            if (cluster.WordCount < 2)
            {
                continue;
            }

            // "Civic Watch" is "Kivu Civic Watch" when no other name ends that way. Capped, because a
            // tagger run over a page of capitals can return "names" of hundreds of words.
            for (var space = cluster.WordCount > MaxNameWords ? -1 : cluster.FoldedName.IndexOf(' ');
                 space >= 0;
                 space = cluster.FoldedName.IndexOf(' ', space + 1))
            {
                var ending = cluster.FoldedName[(space + 1)..];
                if (ending.Contains(' '))
                {
                    AddUnique(byEnding, ending, cluster);
                }
            }

            if (cluster.Type == EntityType.Person)
            {
                var firstLast = Names.FirstAndLastWord(cluster.FoldedName);
                if (!longestPerson.TryGetValue(firstLast, out var longest)
                    || cluster.WordCount > longest.WordCount
                    || (cluster.WordCount == longest.WordCount && cluster.FirstStart < longest.FirstStart))
                {
                    longestPerson[firstLast] = cluster;
                }
            }
            else
            {
                AddUnique(byInitials, Names.Initials(cluster.Name, lexicon.FunctionWords, skipFunctionWords: true), cluster);
                AddUnique(byInitials, Names.Initials(cluster.Name, lexicon.FunctionWords, skipFunctionWords: false), cluster);
            }
        }

        foreach (var cluster in clusters.Values)
        {
            if (cluster.WordCount == 1 && !cluster.Expanded && Names.IsAcronym(cluster.Name)
                && byInitials.TryGetValue(Names.WithoutFullStops(cluster.Name), out var expansion) && expansion is not null)
            {
                cluster.Target = expansion;
            }
            else if (cluster.WordCount >= 2 && cluster.Type == EntityType.Person
                     && longestPerson.TryGetValue(Names.FirstAndLastWord(cluster.FoldedName), out var longest) && longest != cluster)
            {
                cluster.Target = longest;
            }
            else if (cluster.WordCount >= 2 && !cluster.Expanded
                     && byEnding.TryGetValue(cluster.FoldedName, out var fuller) && fuller is not null && fuller.Type == cluster.Type)
            {
                cluster.Target = fuller;
            }
        }

        var firstFullBySurname = new Dictionary<string, MentionCluster>(StringComparer.Ordinal);
        foreach (var cluster in clusters.Values)
        {
            if (cluster.Target is null)
            {
                if (cluster.WordCount >= 2 && cluster.Type == EntityType.Person)
                {
                    var surname = Names.LastWord(cluster.FoldedName);
                    if (!firstFullBySurname.TryGetValue(surname, out var first) || cluster.FirstStart < first.FirstStart)
                    {
                        firstFullBySurname[surname] = cluster;
                    }
                }
                else if (cluster.Type == EntityType.Organization)
                {
                    cluster.Head = HeadOf(cluster.Name);
                }
            }
        }

        return firstFullBySurname;
    }

    private static void AddUnique(Dictionary<string, MentionCluster?> index, string key, MentionCluster cluster)
    {
        if (key.Length < 2)
        {
            return;
        }

        // Two different names with the same initials (or ending) leave the short form unlinked rather than guessed.
        index[key] = index.TryGetValue(key, out var existing) && existing != cluster ? null : cluster;
    }

    private string? HeadOf(string name)
    {
        var firstSpace = name.IndexOf(' ');
        if (firstSpace < 0)
        {
            return null;
        }

        var firstWord = name.AsSpan(0, firstSpace);
        var rest = name.AsSpan(firstSpace + 1);
        if (rest.StartsWith("of ", StringComparison.OrdinalIgnoreCase) && lexicon.Heads.TryGetValue(firstWord, out var leading))
        {
            return leading.Word;
        }

        var lastWord = name.AsSpan(name.LastIndexOf(' ') + 1);
        return lexicon.Heads.TryGetValue(lastWord, out var head) ? head.Word : null;
    }

    /// <summary>Walks mentions and descriptions in text order, resolving each against what came before it.</summary>
    private static ImmutableArray<EntityMention> Resolve(
        string text,
        ImmutableArray<Entity> entities,
        NamedMention[] names,
        MentionCluster?[] clusterOf,
        List<Description> descriptions,
        Dictionary<string, MentionCluster> firstFullBySurname)
    {
        var mentions = ImmutableArray.CreateBuilder<EntityMention>(entities.Length + descriptions.Count);
        var lastFullBySurname = new Dictionary<string, MentionCluster>(StringComparer.Ordinal);
        var seenByHead = new Dictionary<string, HeadHistory>(StringComparer.Ordinal);
        var lastByRole = new Dictionary<string, MentionCluster>(StringComparer.OrdinalIgnoreCase);
        var d = 0;
        for (var e = 0; e <= entities.Length; e++)
        {
            var entityStart = e < entities.Length ? entities[e].Range.Start : int.MaxValue;
            for (; d < descriptions.Count && descriptions[d].Range.Start < entityStart; d++)
            {
                var description = descriptions[d];
                MentionCluster? referent = null;
                if (description.Role is { } role)
                {
                    lastByRole.TryGetValue(role, out referent);
                }
                else if (seenByHead.TryGetValue(description.Head!.Word, out var history))
                {
                    referent = description.Head.Policy == HeadPolicy.MostRecent ? history.Last : history.Only;
                }

                if (referent is not null)
                {
                    mentions.Add(Mention(text, description.Range, referent));
                }
            }

            if (e == entities.Length || clusterOf[e] is not { } cluster)
            {
                continue;
            }

            var root = cluster.Root;
            if (root.WordCount == 1 && root.Type != EntityType.Location
                && firstFullBySurname.TryGetValue(root.FoldedName, out var firstFull))
            {
                root = lastFullBySurname.GetValueOrDefault(root.FoldedName) ?? firstFull;
            }

            if (root.Type == EntityType.Person && root.WordCount >= 2)
            {
                lastFullBySurname[Names.LastWord(root.FoldedName)] = root;
            }

            if (root.Head is { } head)
            {
                ref var history = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(seenByHead, head, out _);
                history = history.After(root);
            }

            if (names[e].Role is { } personRole && root.Type == EntityType.Person)
            {
                lastByRole[personRole] = root;
            }

            mentions.Add(Mention(text, names[e].Range, root));
        }

        return mentions.DrainToImmutable();
    }

    private static EntityMention Mention(string text, TextRange range, MentionCluster referent) =>
        new(range, referent.Type, range.Of(text), referent.Name, referent.Key);

    /// <summary>
    /// "the" followed by an organisation head noun ("the Agency", "the ministry") or a role
    /// ("the president"), when those words do not begin a longer name ("the Ministry of Health").
    /// A one-word entity that is such a head ("Agency" tagged ORG) is consumed by its description.
    /// </summary>
    private List<Description> FindDescriptions(string text, ImmutableArray<Token> tokens, TokenSpans spans)
    {
        var found = new List<Description>();
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Range.Length != 3 || !Is(text, tokens[i], "the") || spans.IsInsideEntity(i))
            {
                continue;
            }

            var j = i + 1;
            if (tokens[j].Kind != TokenKind.Word || (spans.EntityAt(j) is var entity && entity >= 0 && spans.Count[entity] > 1))
            {
                continue;
            }

            var word = tokens[j].Range;
            if (lexicon.Heads.TryGetValue(text.AsSpan(word.Start, word.Length), out var head))
            {
                var next = j + 1;
                if (next < tokens.Length && (spans.EntityAt(next) >= 0 || Is(text, tokens[next], "of")))
                {
                    continue;
                }

                Consume(spans, j);
                found.Add(new Description(new TextRange(tokens[i].Range.Start, word.End), head, null));
                continue;
            }

            var titleLength = MatchTitle(text, tokens, j, tokens.Length - j, out var title);
            if (titleLength > 0 && title!.IsRole)
            {
                var next = j + titleLength;
                if (next < tokens.Length && spans.EntityAt(next) >= 0)
                {
                    continue;
                }

                for (var k = j; k < next; k++)
                {
                    Consume(spans, k);
                }

                found.Add(new Description(new TextRange(tokens[i].Range.Start, tokens[next - 1].Range.End), null, title.Phrase));
            }
        }

        return found;
    }

    private static void Consume(TokenSpans spans, int token)
    {
        var entity = spans.EntityAt(token);
        if (entity >= 0 && spans.Count[entity] == 1)
        {
            spans.Consumed[entity] = true;
        }
    }

    /// <summary>"International Atomic Energy Agency (IAEA)" and "IAEA (International Atomic Energy Agency)": acronym to name.</summary>
    private static Dictionary<string, string> FindDefinitions(string text, ImmutableArray<Token> tokens, TokenSpans spans, NamedMention[] names)
    {
        var definitions = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var e = 0; e < names.Length; e++)
        {
            if (names[e].Name is not { } name || spans.First[e] < 0)
            {
                continue;
            }

            var after = spans.First[e] + spans.Count[e];
            if (after + 2 >= tokens.Length || !Is(text, tokens[after], "("))
            {
                continue;
            }

            if (name.Contains(' ') && Is(text, tokens[after + 2], ")"))
            {
                var acronym = tokens[after + 1].Range.Of(text);
                if (Names.IsAcronym(acronym))
                {
                    definitions.TryAdd(Names.WithoutFullStops(acronym), name);
                }
            }
            else if (Names.IsAcronym(name) && spans.EntityAt(after + 1) is var inner && inner >= 0 && names[inner].Name is { } expansion
                     && expansion.Contains(' ')
                     && after + 1 + spans.Count[inner] < tokens.Length && Is(text, tokens[after + 1 + spans.Count[inner]], ")"))
            {
                definitions.TryAdd(Names.WithoutFullStops(name), expansion);
            }
        }

        return definitions;
    }

    /// <summary>A role title just before a person's name ("President" or "Prime Minister" before "Emmanuel Macron").</summary>
    private string? RoleBefore(string text, ImmutableArray<Token> tokens, int nameStart)
    {
        for (var length = Math.Min(lexicon.MaxTitleWords, nameStart); length >= 1; length--)
        {
            if (MatchTitle(text, tokens, nameStart - length, length, out var title) == length)
            {
                return title!.IsRole ? title.Phrase : null;
            }
        }

        return null;
    }

    /// <summary>The longest title of at most <paramref name="maxWords"/> tokens starting at <paramref name="start"/>; its length in tokens, or 0.</summary>
    private int MatchTitle(string text, ImmutableArray<Token> tokens, int start, int maxWords, out EntityTitle? title)
    {
        title = null;
        var first = tokens[start].Range;
        if (!lexicon.TitleFirstWords.Contains(text.AsSpan(first.Start, first.Length)))
        {
            return 0;
        }

        for (var length = Math.Min(maxWords, lexicon.MaxTitleWords); length >= 1; length--)
        {
            if (length == 1)
            {
                return lexicon.TitleLookup.TryGetValue(text.AsSpan(first.Start, first.Length), out title) ? 1 : 0;
            }

            var phrase = string.Join(' ', Enumerable.Range(start, length).Select(k => tokens[k].Range.Of(text)));
            if (lexicon.Titles.TryGetValue(phrase, out title))
            {
                return length;
            }
        }

        return 0;
    }

    private static bool IsPossessive(string token) => token is "'s" or "\u2019s" or "'" or "\u2019" or "'S";

    /// <summary>An entity's name after titles, a leading "the" and a possessive are stripped; <c>Name</c> is null when it has none.</summary>
    private readonly record struct NamedMention(TextRange Range, string? Name, string? Role);

    /// <summary>A definite description: "the" and an organisation head noun, or "the" and a role.</summary>
    private sealed record Description(TextRange Range, HeadNoun? Head, string? Role);

    /// <summary>Organisations with one head noun named so far: the last, and the only one (null once there were two).</summary>
    private readonly record struct HeadHistory(MentionCluster? Last, MentionCluster? Only, bool Several)
    {
        public HeadHistory After(MentionCluster cluster) =>
            Last is null ? new HeadHistory(cluster, cluster, false)
            : Several || Only != cluster ? new HeadHistory(cluster, null, true)
            : this with { Last = cluster };
    }
}

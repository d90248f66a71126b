using Storyline.Core.Model;

namespace Storyline.Core.Language.Entities.Linking;

/// <summary>
/// Working state of one entity while an article is linked: the mentions that share a folded
/// name, their type votes, and (once merged) the fuller cluster they belong to. Lives only for
/// one call of <see cref="EntityLinker.Link"/>.
/// </summary>
internal sealed class MentionCluster(string foldedName, string name, int firstStart)
{
    private readonly int[] _typeVotes = new int[4];
    private EntityType? _firstType;
    private EntityType? _fixedType;
    private string? _key;

    public string FoldedName { get; } = foldedName;

    /// <summary>How the article writes the name: the first spelling seen, unless it was in capitals only
    /// (a dateline's "DHAKA") and a later one is not; or the curated canonical name.</summary>
    public string Name { get; private set; } = name;

    public int FirstStart { get; } = firstStart;

    public int WordCount { get; } = 1 + name.Count(c => c == ' ');

    /// <summary>The fuller cluster this one was merged into ("Kambale" into "Didier Kambale"), else null.</summary>
    public MentionCluster? Target { get; set; }

    /// <summary>The head noun a definite description uses for this organisation ("agency"), else null.</summary>
    public string? Head { get; set; }

    /// <summary>The name came from a curated alias or an in-text definition, so it needs no acronym guessing.</summary>
    public bool Expanded { get; set; }

    public EntityType Type => _fixedType ?? Voted();

    public string Key => _key ??= CanonicalKey.For(Type, Name);

    public MentionCluster Root
    {
        get
        {
            var cluster = this;
            for (var hops = 0; cluster.Target is { } next && hops < 8; hops++)
            {
                cluster = next;
            }

            return cluster;
        }
    }

    /// <summary>Prefers <paramref name="spelling"/> (same folded name) when the current spelling has no lower-case letter and it has.</summary>
    public void Spelled(string spelling)
    {
        if (!Expanded && !HasLowerCase(Name) && HasLowerCase(spelling))
        {
            Name = spelling;
        }
    }

    public void Vote(EntityType type, EntityType? fixedType)
    {
        _firstType ??= type;
        _typeVotes[(int)type]++;
        _fixedType ??= fixedType;
    }

    private static bool HasLowerCase(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    // Majority of the tagger's types; ties go to the type of the first mention.
    private EntityType Voted()
    {
        var best = _firstType ?? EntityType.Miscellaneous;
        for (var type = 0; type < _typeVotes.Length; type++)
        {
            if (_typeVotes[type] > _typeVotes[(int)best])
            {
                best = (EntityType)type;
            }
        }

        return best;
    }
}

using System.Text;

namespace Storyline.Core.Language.Entities.Linking;

/// <summary>Small text operations on entity names: whitespace, full stops, acronyms, initials, words.</summary>
internal static class Names
{
    private const int MaxAcronymLength = 10;

    /// <summary>The name with every run of whitespace made one space and the ends trimmed.</summary>
    public static string Collapse(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        var clean = true;
        for (var i = 0; i < name.Length && clean; i++)
        {
            clean = !char.IsWhiteSpace(name[i]) || (name[i] == ' ' && name[i - 1] != ' ');
        }

        if (clean)
        {
            return name.ToString();
        }

        var collapsed = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                if (collapsed.Length > 0 && collapsed[^1] != ' ')
                {
                    collapsed.Append(' ');
                }
            }
            else
            {
                collapsed.Append(c);
            }
        }

        return collapsed.ToString();
    }

    public static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> name)
    {
        if (name.Length > 2 && name[^1] is 's' or 'S' && name[^2] is '\'' or '\u2019')
        {
            return name[..^2];
        }

        return name.Length > 1 && name[^1] is '\'' or '\u2019' && name[^2] is 's' or 'S' ? name[..^1] : name;
    }

    public static string WithoutFullStops(string name) =>
        name.Contains('.') ? name.Replace(".", string.Empty, StringComparison.Ordinal) : name;

    /// <summary>"UN", "U.N.", "IAEA", "AT&amp;T": one word of capitals (with digits, dots, ampersands), two letters or more.</summary>
    public static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > MaxAcronymLength)
        {
            return false;
        }

        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (!(char.IsAsciiDigit(c) || c is '.' or '&'))
            {
                return false;
            }
        }

        return letters >= 2;
    }

    /// <summary>First letters of the words, upper-cased ("International Atomic Energy Agency" is IAEA).</summary>
    public static string Initials(
        string name, System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> functionWords, bool skipFunctionWords)
    {
        var initials = new StringBuilder(8);
        foreach (var range in name.AsSpan().Split(' '))
        {
            var word = name.AsSpan(range);
            if (word.Length == 0 || (skipFunctionWords && functionWords.Contains(word)) || !char.IsLetter(word[0]))
            {
                continue;
            }

            initials.Append(char.ToUpperInvariant(word[0]));
        }

        return initials.ToString();
    }

    public static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..];

    public static string FirstAndLastWord(string name)
    {
        var firstSpace = name.IndexOf(' ');
        return firstSpace < 0 ? name : string.Concat(name.AsSpan(0, firstSpace), " ", name.AsSpan(name.LastIndexOf(' ') + 1));
    }
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Storyline.Core.Time;

namespace Storyline.Core.Extraction.Metadata;

/// <summary>
/// Turns byline text ("By Jane Doe and John Roe in Lisbon", "Jane Doe, Reporter") into people's names,
/// rejecting what is not a person: roles, organisations, page furniture, emails, URLs and dates.
/// The rejected words live in Resources/author-rejects.txt.
/// </summary>
public sealed partial class AuthorNames
{
    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["de", "da", "das", "do", "dos", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "bin", "ibn", "al", "el", "y", "e", "ten", "ter", "st."],
        StringComparer.OrdinalIgnoreCase);

    private readonly FrozenSet<string> _rejectedWords;
    private readonly DateTextParser _dates;

    public AuthorNames(FrozenSet<string> rejectedWords, DateTextParser dates)
    {
        _rejectedWords = rejectedWords;
        _dates = dates;
    }

    public static AuthorNames Default { get; } = Load();

    /// <summary>The people named in one byline string, in order, without duplicates; outlet names excluded.</summary>
    public ImmutableArray<string> Split(string? byline, string? outlet)
    {
        var cleaned = MetadataText.Clean(byline);
        if (cleaned is null || cleaned.Length > 300 || cleaned.Contains("://", StringComparison.Ordinal))
        {
            return [];
        }

        cleaned = CoAuthorAside().Replace(LeadIn().Replace(cleaned, string.Empty), ", ");
        var dateAt = _dates.IndexOfDate(cleaned);
        if (dateAt >= 0)
        {
            cleaned = cleaned[..dateAt];
        }

        var cut = FurnitureStart().Match(cleaned);
        if (cut.Success)
        {
            cleaned = cleaned[..cut.Index];
        }

        var outletKey = MetadataText.Key(outlet);
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var piece in Separators().Split(cleaned))
        {
            var name = TrailingPlace().Replace(LeadIn().Replace(piece.Trim(' ', '.', ',', ':', '-', '–', '—', '|', '(', ')'), string.Empty), string.Empty).Trim();
            var nameKey = MetadataText.Key(name);
            if (IsPerson(name) && !IsOutlet(nameKey, outletKey)
                && !names.Any(existing => string.Equals(existing, name, StringComparison.OrdinalIgnoreCase)))
            {
                names.Add(name);
            }
        }

        return names.ToImmutable();
    }

    /// <summary>"Business Insider" is not a person on a page of "Business Insider Deutschland".</summary>
    private static bool IsOutlet(string nameKey, string outletKey) =>
        outletKey.Length > 0 && (nameKey == outletKey || ContainsWords(outletKey, nameKey) || ContainsWords(nameKey, outletKey));

    private static bool ContainsWords(string text, string words) => $" {text} ".Contains($" {words} ", StringComparison.Ordinal);

    public bool IsPerson(string name)
    {
        if (name.Length is < 2 or > 60 || name.Contains('@') || name.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var ideographic = 0;
        foreach (var character in name)
        {
            if (char.IsDigit(character) || character is '/' or '\\' or '#' or '?' or '=' or '<' or '>' or '{' or '}')
            {
                return false;
            }

            if (character is >= '\u3040' and <= '\u9fff' or >= '\uac00' and <= '\ud7af')
            {
                ideographic++;
            }
        }

        if (ideographic > 0)
        {
            // CJK names are written without spaces: two to four characters.
            return ideographic == name.Length && name.Length is >= 2 and <= 4 && !_rejectedWords.Contains(name);
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || words[0] is "The" or "THE" or "A" or "An" or "Our" or "Your" or "This")
        {
            return false;
        }

        foreach (var word in words)
        {
            var bare = word.Trim('.', ',', '(', ')', '"', '\'');
            if (_rejectedWords.Contains(bare))
            {
                return false;
            }

            if (!char.IsLetter(word[0]) && word[0] != '(')
            {
                return false;
            }
        }

        return char.IsUpper(words[0][0]) && char.IsUpper(words[^1][0]) && words.All(word => char.IsUpper(word[0]) || Particles.Contains(word) || word[0] == '(');
    }

    [GeneratedRegex(@"^(?:(?:written|words|story|reporting|text|posted|published|article|interview|photos?)\s+)?(?:by|par|von|por|door|av)\b\s*:?\s*|^(?:author|autor|auteur|text|texto|текст|автор)\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"\s+(?:\||•|·|—|–|-\s|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|updated\b|published\b|posted\b|on\s+(?:\w+day|\d)|for\s+[A-Z]|\d)|\b(?:updated|published|posted)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureStart();

    [GeneratedRegex(@"\s*(?:,|;|/|、|，|\n|(?<=\p{L}{3})\.\s|\s&\s|\s(?:and|und|et|y|e|with|avec|mit|con)\s|\s(?:edited|produced|additional\s+reporting|reporting|photographs|photos|illustrations)\s+by\s)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    /// <summary>"Jane Doe (with John Roe and Ann Poe)": co-authors in parentheses.</summary>
    [GeneratedRegex(@"\s*\((?=(?:avec|with|mit|con|com)\s)(?:avec|with|mit|con|com)\s+|\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CoAuthorAside();

    [GeneratedRegex(@"\s+in\s+\p{Lu}[\p{L} .'-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingPlace();

    private static AuthorNames Load()
    {
        using var reader = EmbeddedResource.Open("author-rejects.txt");
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line.Trim());
            }
        }

        return new AuthorNames(words.ToFrozenSet(StringComparer.OrdinalIgnoreCase), DateTextParser.Default);
    }
}

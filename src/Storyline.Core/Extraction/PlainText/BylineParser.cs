using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Storyline.Core.Extraction.PlainText;

/// <summary>
/// Reads bylines: "By Jane Doe and Omar Said", "Jane Doe, Health Correspondent",
/// "By Ana de la Cruz | The Harbour Times". Only people become authors: a part is a name when
/// its words are capitalised (or name particles) and none is a role, a number or page furniture
/// ("5 Minute Read", "Staff"); an outlet named in the byline is reported apart.
/// </summary>
public sealed class BylineParser(PlainTextLexicon lexicon)
{
    public const int MaxBylineLength = 200;

    private static readonly Regex Prefix = new(
        @"^(?:(?:written |words |reporting |reported |story |text )?by|words|author|authors|written by|von|par|por|di|door)\s?:?\s",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Separators = new(
        @"\s?(?:,|;|\||&|•|·|\s(?:and|und|et|y|e|en)\s|\s[-\u2013\u2014]\s|\s(?:for|in)\s)\s?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static BylineParser Default { get; } = new(PlainTextLexicon.Default);

    /// <summary>
    /// Parses a line as a byline. With a "By" prefix any name found is taken; without one, the
    /// line must be names followed by a role ("Jane Doe, Health Correspondent").
    /// </summary>
    /// <param name="line">The line with any dates already blanked out.</param>
    public Byline? TryParse(string line)
    {
        if (line.Length is 0 or > MaxBylineLength)
        {
            return null;
        }

        var prefixed = Prefix.Match(line);
        var rest = prefixed.Success ? line[prefixed.Length..] : line;
        var parts = Separators.Split(rest);
        var authors = ImmutableArray.CreateBuilder<string>();
        string? outlet = null;
        var sawRole = false;
        var first = true;
        foreach (var raw in parts)
        {
            var part = raw.Trim(' ', '.', ':', '-', '\u2013', '\u2014', '(', ')');
            if (part.Length == 0)
            {
                continue;
            }

            if (first && prefixed.Success && LeadingName(part) is null && !LooksLikeOutlet(part))
            {
                // "By the time the fire was out": "By" opens a sentence, not a byline.
                return null;
            }

            first = false;

            if (IsRole(part))
            {
                sawRole = true;
                continue;
            }

            if (LooksLikeOutlet(part))
            {
                outlet ??= part;
                continue;
            }

            if ((prefixed.Success ? LeadingName(part) : NameOf(part)) is { } name)
            {
                if (!authors.Contains(name))
                {
                    authors.Add(name);
                }

                continue;
            }

            if (!prefixed.Success)
            {
                // Without "By", any other text means this is a sentence, not a byline.
                return null;
            }
        }

        if (authors.Count == 0 || (!prefixed.Success && !sawRole))
        {
            return null;
        }

        return new Byline(authors.ToImmutable(), outlet);
    }

    /// <summary>The part as a person's name, or null when it is not one.</summary>
    public string? NameOf(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5)
        {
            return null;
        }

        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var inner = i > 0 && i < words.Length - 1;
            if (lexicon.NonNameWords.Contains(word) || lexicon.RoleWords.Contains(word) || !IsNameWord(word, inner))
            {
                return null;
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// The name at the start of a part of a "By" line, cut before the first word that cannot be
    /// in a name ("Jane Doe 5 Minute Read" gives "Jane Doe").
    /// </summary>
    public string? LeadingName(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var count = 0;
        while (count < words.Length && count < 5)
        {
            var word = words[count];
            var inner = count > 0 && count < words.Length - 1;
            if (lexicon.NonNameWords.Contains(word) || lexicon.RoleWords.Contains(word) || !IsNameWord(word, inner))
            {
                break;
            }

            count++;
        }

        // A trailing particle belongs to the cut-off words, not to the name.
        while (count > 0 && lexicon.NameParticles.Contains(words[count - 1]))
        {
            count--;
        }

        return count >= 2 ? string.Join(' ', words, 0, count) : null;
    }

    /// <summary>True when the words are a short title-case name containing an outlet word ("The Harbour Times").</summary>
    public bool LooksLikeOutlet(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 6 || !char.IsUpper(words[0][0]))
        {
            return false;
        }

        var hasOutletWord = false;
        var hasOwnName = false;
        foreach (var word in words)
        {
            if (word.Any(char.IsDigit))
            {
                return false;
            }

            var bare = word.Trim('.', ',');
            var isOutletWord = lexicon.OutletWords.Contains(bare);
            hasOutletWord |= isOutletWord;
            // "The Harbour Times" has a name of its own; "Breaking News" is only generic words.
            hasOwnName |= !isOutletWord && !lexicon.NavWords.Contains(bare) && !lexicon.NonNameWords.Contains(bare);
            if (!char.IsUpper(word[0]) && !lexicon.NameParticles.Contains(word) && word is not ("of" or "and" or "&" or "the"))
            {
                return false;
            }
        }

        return hasOutletWord && hasOwnName;
    }

    private bool IsRole(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var roles = 0;
        foreach (var word in words)
        {
            if (lexicon.RoleWords.Contains(word.Trim('.', ',')))
            {
                roles++;
            }
        }

        // "Health Correspondent", "Senior Reporter in Lisbon": the role words carry the part.
        return roles > 0 && roles * 2 >= words.Length;
    }

    private bool IsNameWord(string word, bool inner)
    {
        if (inner && lexicon.NameParticles.Contains(word))
        {
            return true;
        }

        var start = 0;
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0 && lexicon.NameParticles.Contains(word[..hyphen]))
        {
            // "al-Said", "el-Amin": a particle joined to the name.
            start = hyphen + 1;
        }

        if (start >= word.Length || !char.IsUpper(word[start]))
        {
            return false;
        }

        for (var i = start + 1; i < word.Length; i++)
        {
            var c = word[i];
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '\u2019' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}

using System.Globalization;
using System.Text;
using Storyline.Core.Model;

namespace Storyline.Core.Language.Entities.Linking;

/// <summary>
/// The stable key of an entity across articles: a type prefix and the canonical name lower-cased,
/// accent-folded, without full stops and with whitespace collapsed ("org:united nations",
/// "per:josue kakule"). Two articles naming the same entity the same way agree on it.
/// </summary>
public static class CanonicalKey
{
    public static string For(EntityType type, string canonicalName) => PrefixOf(type) + ":" + Fold(canonicalName);

    public static string PrefixOf(EntityType type) => type switch
    {
        EntityType.Person => "per",
        EntityType.Organization => "org",
        EntityType.Location => "loc",
        _ => "misc",
    };

    /// <summary>
    /// Lower case, accents removed, full stops dropped ("U.S." and "US" agree), curly apostrophes
    /// and dashes made plain, runs of whitespace made one space, ends trimmed.
    /// </summary>
    public static string Fold(ReadOnlySpan<char> name)
    {
        var source = name;
        string? decomposed = null;
        foreach (var c in name)
        {
            if (c > '\u007f')
            {
                decomposed = name.ToString().Normalize(NormalizationForm.FormD);
                source = decomposed;
                break;
            }
        }

        var folded = new StringBuilder(source.Length);
        var pendingSpace = false;
        foreach (var c in source)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            if (c == '.' || (c > '\u007f' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format))
            {
                continue;
            }

            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }

            switch (c)
            {
                case '\u2019' or '\u2018' or '\u02BC' or '`':
                    folded.Append('\'');
                    break;
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014':
                    folded.Append('-');
                    break;
                case 'ß':
                    folded.Append("ss");
                    break;
                case 'æ' or 'Æ':
                    folded.Append("ae");
                    break;
                case 'œ' or 'Œ':
                    folded.Append("oe");
                    break;
                case 'ø' or 'Ø':
                    folded.Append('o');
                    break;
                case 'ł' or 'Ł':
                    folded.Append('l');
                    break;
                case 'đ' or 'Đ':
                    folded.Append('d');
                    break;
                case 'ı':
                    folded.Append('i');
                    break;
                default:
                    folded.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        return folded.ToString();
    }
}

using System.Globalization;
using System.Text;

namespace Storyline.Core.Language.Places;

/// <summary>
/// The lookup key of a place name: lower case, diacritics and full stops dropped, hyphens and
/// dashes as spaces, one space between words, no leading "the". tools/gazetteer/build.mjs applies
/// the same rules to the gazetteer's names, so "the U.S.", "Côte-d'Ivoire" and "KHARKIV" find their entries.
/// </summary>
public static class PlaceNames
{
    public static string Normalize(ReadOnlySpan<char> name)
    {
        var builder = new StringBuilder(name.Length);
        var ascii = true;
        foreach (var ch in name)
        {
            if (ch >= 0x80)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            Append(builder, name);
        }
        else
        {
            Append(builder, new string(name).Normalize(NormalizationForm.FormD));
        }

        var length = builder.Length;
        while (length > 0 && builder[length - 1] == ' ')
        {
            length--;
        }

        builder.Length = length;
        var start = builder.Length > 4 && builder[0] == 't' && builder[1] == 'h' && builder[2] == 'e' && builder[3] == ' ' ? 4 : 0;
        return builder.ToString(start, builder.Length - start);
    }

    private static void Append(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var raw in text)
        {
            if (raw >= 0x80 && CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var ch = char.ToLowerInvariant(raw);
            switch (ch)
            {
                case '.':
                    continue;
                case '-' or (>= '\u2010' and <= '\u2015'):
                    ch = ' ';
                    break;
                case '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4':
                    ch = '\'';
                    break;
                case 'ø':
                    ch = 'o';
                    break;
                case 'ł':
                    ch = 'l';
                    break;
                case 'đ' or 'ð':
                    ch = 'd';
                    break;
                case 'ı':
                    ch = 'i';
                    break;
                case 'ħ':
                    ch = 'h';
                    break;
                case 'æ':
                    builder.Append('a');
                    ch = 'e';
                    break;
                case 'œ':
                    builder.Append('o');
                    ch = 'e';
                    break;
                case 'ß':
                    builder.Append('s');
                    ch = 's';
                    break;
                case 'þ':
                    builder.Append('t');
                    ch = 'h';
                    break;
            }

            if (char.IsWhiteSpace(ch))
            {
                if (builder.Length == 0 || builder[^1] == ' ')
                {
                    continue;
                }

                ch = ' ';
            }

            builder.Append(ch);
        }
    }
}

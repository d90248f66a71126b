using System.Globalization;
using System.Text;

namespace Storyline.Web.Exports;

/// <summary>
/// RFC 4180 fields, and a guard against formula injection: a text cell that a spreadsheet would
/// run as a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe.
/// Numbers are written by us, invariant, and never guarded.
/// </summary>
internal static class CsvField
{
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var text = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    public static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    public static void Row(StringBuilder csv, params string[] fields) => csv.Append(string.Join(',', fields)).Append("\r\n");
}

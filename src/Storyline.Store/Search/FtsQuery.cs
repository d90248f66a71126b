using System.Text;

namespace Storyline.Store.Search;

/// <summary>
/// Turns what a user typed into an FTS5 query that cannot be malformed: each word becomes a quoted
/// string (quotes inside doubled), so FTS5 operators, column filters, parentheses and stray quotes
/// are read as text, never as syntax; words are ANDed. A trailing * on a word keeps its prefix search.
/// Words with no letter or digit are dropped (FTS5 would index nothing for them).
/// </summary>
public static class FtsQuery
{
    private const int MaxWords = 16;

    /// <summary>The FTS5 query for <paramref name="text"/>, or null when it holds no searchable word.</summary>
    public static string? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var query = new StringBuilder();
        var words = 0;
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var prefix = raw.Length > 1 && raw[^1] == '*';
            var word = prefix ? raw[..^1] : raw;
            if (!word.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            if (query.Length > 0)
            {
                query.Append(' ');
            }

            query.Append('"').Append(word.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            if (prefix)
            {
                query.Append('*');
            }

            if (++words == MaxWords)
            {
                break;
            }
        }

        return query.Length == 0 ? null : query.ToString();
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Storyline.Core.Extraction;

/// <summary>
/// A stable fingerprint of an article's body, insensitive to whitespace and case, so that the same
/// article re-fetched with different furniture or spacing is recognised as unchanged.
/// </summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        var normalised = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = normalised.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                normalised.Append(' ');
                pendingSpace = false;
            }

            normalised.Append(char.ToLowerInvariant(c));
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalised.ToString()));
        return Convert.ToHexStringLower(hash);
    }
}

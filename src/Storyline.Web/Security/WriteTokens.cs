using System.Security.Cryptography;
using System.Text;

namespace Storyline.Web.Security;

/// <summary>Where the write token comes from, and how a presented token is checked (in constant time).</summary>
public static class WriteTokens
{
    public const string EnvironmentVariable = "STORYLINE_TOKEN";

    /// <summary>The token in <paramref name="path"/> (its first line, trimmed).</summary>
    /// <exception cref="InvalidOperationException">The file is missing, unreadable or empty; the message names the file, never its content.</exception>
    public static string ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"cannot read the token file {path}: {e.Message}", e);
        }

        var token = text.Split('\n', 2)[0].Trim();
        return token.Length == 0 ? throw new InvalidOperationException($"the token file {path} is empty") : token;
    }

    /// <summary>
    /// Whether <paramref name="presented"/> is <paramref name="expected"/>. Both are hashed first so
    /// the comparison takes the same time whatever the lengths and wherever they first differ.
    /// </summary>
    public static bool Matches(string expected, string? presented)
    {
        if (presented is null)
        {
            return false;
        }

        Span<byte> left = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> right = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(expected), left);
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), right);
        return CryptographicOperations.FixedTimeEquals(left, right);
    }
}

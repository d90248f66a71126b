using Storyline.Core.Model;

namespace Storyline.Store;

/// <summary>
/// What makes two saves "the same article": the canonical URL (else the URL read from), so a
/// re-fetched page lands on its earlier row; text with no URL at all is keyed by its content hash.
/// </summary>
internal static class ArticleKey
{
    public static string For(ArticleMetadata metadata, string contentHash)
    {
        var url = Normalise(metadata.CanonicalUrl) ?? Normalise(metadata.Url);
        return url ?? "sha256:" + contentHash;
    }

    /// <summary>The URL the key was built from, or null when the key is a content hash.</summary>
    public static string? UrlOf(ArticleMetadata metadata) => Normalise(metadata.CanonicalUrl) ?? Normalise(metadata.Url);

    // Fragments never select a different article, and scheme/host case is not significant.
    private static string? Normalise(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri))
        {
            return trimmed;
        }

        var builder = new UriBuilder(uri) { Fragment = string.Empty };
        return builder.Uri.AbsoluteUri;
    }
}

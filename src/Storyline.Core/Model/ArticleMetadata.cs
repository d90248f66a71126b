using System.Collections.Immutable;

namespace Storyline.Core.Model;

/// <summary>What is known about an article besides its text.</summary>
/// <param name="Url">Where the article was read from (a URL, or a file URI); null for stdin.</param>
/// <param name="CanonicalUrl">The page's own canonical URL when it declares one, else <paramref name="Url"/>.</param>
/// <param name="Outlet">The publishing outlet's name (site name), not a person.</param>
/// <param name="Authors">People credited with the article; never the outlet nor page furniture.</param>
/// <param name="Published">Original publication time with its offset.</param>
/// <param name="Updated">Last modification time with its offset, kept apart from <paramref name="Published"/>.</param>
/// <param name="PublishedSource">Where the publication time was found (json-ld, meta, time, url, text, feed, input);
/// suffixed " (no offset)" when the page gave no offset and <paramref name="Published"/> is the wall time at +00:00.</param>
/// <param name="Language">BCP 47 language tag, e.g. "en".</param>
/// <param name="Standfirst">The summary paragraph under the headline, kept out of the body.</param>
/// <param name="Captions">Photo and video captions, kept out of the body and deduplicated.</param>
public sealed record ArticleMetadata(
    string? Url,
    string? CanonicalUrl,
    string? Outlet,
    string? Title,
    ImmutableArray<string> Authors,
    DateTimeOffset? Published,
    DateTimeOffset? Updated,
    string? PublishedSource,
    string? Language,
    string? Standfirst,
    ImmutableArray<string> Captions)
{
    public static ArticleMetadata Empty { get; } = new(
        null, null, null, null, [], null, null, null, null, null, []);
}

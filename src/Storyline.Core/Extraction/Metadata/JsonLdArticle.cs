using System.Collections.Immutable;

namespace Storyline.Core.Extraction.Metadata;

/// <summary>What a page's JSON-LD says about its article (schema.org Article and kin).</summary>
public sealed record JsonLdArticle(
    string? Headline,
    string? DatePublished,
    string? DateModified,
    ImmutableArray<string> Authors,
    string? PublisherName,
    string? Language,
    string? Url)
{
    public static JsonLdArticle Empty { get; } = new(null, null, null, [], null, null, null);
}

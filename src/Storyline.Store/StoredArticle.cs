using Storyline.Core.Model;

namespace Storyline.Store;

/// <summary>One stored version of an article, with its text, metadata and paragraph layer rebuilt.</summary>
/// <param name="Id">The logical article's id (stable across versions).</param>
/// <param name="Version">This version's number, 1 for the first text seen.</param>
/// <param name="LatestVersion">The newest version stored for the article.</param>
/// <param name="Origin">The input that produced this version: a path, a URL, "stdin".</param>
public sealed record StoredArticle(
    long Id,
    int Version,
    int LatestVersion,
    string ContentHash,
    DateTimeOffset IngestedAt,
    string? Origin,
    Document Document);

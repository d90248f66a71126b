namespace Storyline.Web.Api;

/// <summary>What became of each item of an ingest, and the stories its articles are now in.</summary>
public sealed record IngestResponse(IReadOnlyList<IngestItemResult> Items, IReadOnlyList<string> Stories);

/// <param name="Status">saved, unchanged or failed.</param>
public sealed record IngestItemResult(string Origin, string Status, long? ArticleId, string? Problem);

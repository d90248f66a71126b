namespace Storyline.Web.Api;

/// <summary>What <c>POST /api/ingest</c> takes: page URLs, feed URLs (each item's page is fetched) and pasted texts.</summary>
public sealed record IngestRequest(IReadOnlyList<string>? Urls, IReadOnlyList<string>? Feeds, IReadOnlyList<IngestText>? Texts);

/// <summary>A pasted text; <paramref name="Published"/> is ISO 8601.</summary>
public sealed record IngestText(string? Text, string? Title, string? Outlet, string? Published);

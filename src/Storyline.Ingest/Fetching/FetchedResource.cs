namespace Storyline.Ingest.Fetching;

/// <summary>A fetched body with the final URL after redirects and the declared media type and charset.</summary>
public sealed record FetchedResource(Uri Url, byte[] Body, string? MediaType, string? Charset);

namespace Storyline.Eval.Metadata;

/// <summary>One page's reference metadata (Readability's expected-metadata.json); null fields were not given.</summary>
public sealed record ExpectedMetadata(string? Title, string? Byline, string? SiteName, string? PublishedTime);

/// <summary>A test page: its HTML file and what it should yield.</summary>
public sealed record MetadataPage(string Name, string SourcePath, ExpectedMetadata Expected);

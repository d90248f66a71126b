using System.Collections.Immutable;

namespace Storyline.Core.Extraction.PlainText;

/// <summary>What a scraped text holds once its furniture is gone.</summary>
public sealed record ScrapedArticle(
    string? Title,
    ImmutableArray<string> Authors,
    string? Outlet,
    DatelineMatch? Published,
    DatelineMatch? Updated,
    ImmutableArray<ContentBlock> Blocks,
    ImmutableArray<string> Captions);

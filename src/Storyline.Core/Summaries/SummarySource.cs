using Storyline.Core.Model;

namespace Storyline.Core.Summaries;

/// <summary>One annotated article of a story, with what a summary sentence must cite.</summary>
/// <param name="ArticleId">The article's id in the store (or any stable id the caller cites by).</param>
/// <param name="Outlet">The publishing outlet; null when unknown.</param>
/// <param name="Document">The article with at least the tokens and sentences layers.</param>
public sealed record SummarySource(string ArticleId, string? Outlet, Document Document);

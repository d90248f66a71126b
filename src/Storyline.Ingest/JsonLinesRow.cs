using Storyline.Core.Extraction;

namespace Storyline.Ingest;

/// <summary>
/// One line of a JSON Lines input: either a problem, or an article given inline
/// (<paramref name="Html"/> or <paramref name="Text"/>) or by address only (<paramref name="Url"/>, to fetch).
/// </summary>
public sealed record JsonLinesRow(string Origin, string? Problem, string? Url, string? Html, string? Text, ArticleHints Hints);

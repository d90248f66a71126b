using Storyline.Core.Model;

namespace Storyline.Core.Summaries;

/// <summary>A sentence chosen for a summary, verbatim from its article, with where it came from.</summary>
/// <param name="Text">The sentence exactly as in the article (whitespace runs folded to one space).</param>
/// <param name="ArticleId">The article it is quoted from.</param>
/// <param name="Outlet">That article's outlet, or null.</param>
/// <param name="Range">The sentence's span in the article text.</param>
/// <param name="SentenceIndex">Its position among the article's sentences (0 = first).</param>
/// <param name="Words">Its length in whitespace-separated words, as the length budget counts them.</param>
public sealed record SummarySentence(string Text, string ArticleId, string? Outlet, TextRange Range, int SentenceIndex, int Words);

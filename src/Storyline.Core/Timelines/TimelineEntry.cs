using System.Collections.Immutable;

namespace Storyline.Core.Timelines;

/// <summary>
/// One dated line of a story's timeline: what happened, in a sentence taken from the first article
/// that reported it, and every article that reported the same thing on the same date.
/// </summary>
/// <param name="Date">The date at the precision the text gave: "2026-02-24" or "2026-02".</param>
/// <param name="Text">The sentence that tells it, quoted from <c>ArticleIds[0]</c>.</param>
/// <param name="ArticleIds">The reporting articles, the quoted one first, then by publication time.</param>
public sealed record TimelineEntry(string Date, string Text, ImmutableArray<string> ArticleIds);

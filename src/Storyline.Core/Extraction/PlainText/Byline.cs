using System.Collections.Immutable;

namespace Storyline.Core.Extraction.PlainText;

/// <summary>The people a byline credits, and the outlet when the byline names one.</summary>
public sealed record Byline(ImmutableArray<string> Authors, string? Outlet);

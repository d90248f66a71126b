using System.Collections.Immutable;
using Storyline.Core.Model;

namespace Storyline.Core.Extraction;

/// <summary>The article body found in a page or text: blocks in reading order, with captions and standfirst kept apart.</summary>
public sealed record ExtractedContent(ImmutableArray<ContentBlock> Blocks, ImmutableArray<string> Captions, string? Standfirst)
{
    public static ExtractedContent Empty { get; } = new([], [], null);
}

/// <summary>One block of body text (already whitespace-normalised, single line).</summary>
public sealed record ContentBlock(string Text, ParagraphKind Kind);

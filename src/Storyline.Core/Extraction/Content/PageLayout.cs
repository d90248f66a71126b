using AngleSharp.Dom;
using Storyline.Core.Model;

namespace Storyline.Core.Extraction.Content;

/// <summary>
/// An element of the page in document (pre-)order: its parent's index, the end (exclusive) of its
/// subtree's index range, and what its markup declares it to be.
/// </summary>
public struct LayoutElement(IElement element, string tag, int parent, ElementRole role)
{
    public IElement Element { get; } = element;

    public string Tag { get; } = tag;

    public int Parent { get; } = parent;

    public ElementRole Role { get; } = role;

    public int SubtreeEnd { get; set; }
}

/// <summary>
/// A run of text between block boundaries, whitespace-normalised, with how much of it is link
/// text and which block element owns it (index into <see cref="PageLayout.Elements"/>).
/// </summary>
/// <param name="AfterLineBreak">The block was split from the previous one by a &lt;br&gt; rather than by a block element.</param>
public readonly record struct TextBlock(string Text, int LinkLength, int Owner, ParagraphKind Kind, int HeadingLevel, bool AfterLineBreak)
{
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkLength / Text.Length;
}

/// <summary>The page flattened once: every element in document order and every text block in reading order.</summary>
public sealed record PageLayout(IReadOnlyList<LayoutElement> Elements, IReadOnlyList<TextBlock> Blocks);

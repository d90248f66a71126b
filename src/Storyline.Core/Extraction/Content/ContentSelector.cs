using Storyline.Core.Model;

namespace Storyline.Core.Extraction.Content;

/// <summary>
/// Decides which element holds the article and which of the page's blocks are furniture, captions
/// or standfirst. Every pass is linear in the page: block weights are summed bottom-up over the
/// element array (children follow parents in document order, so a reverse sweep is a post-order).
/// </summary>
public sealed class ContentSelector
{
    /// <summary>A block at least this long with few links reads as a paragraph of prose.</summary>
    private const int ParagraphLength = 80;

    /// <summary>Blocks with more of their text in links than this are navigation, not prose.</summary>
    private const double MaxLinkDensity = 0.4;

    /// <summary>A link-heavy block needs at least this much unlinked text to count as saying something.</summary>
    private const int MinUnlinkedText = 50;

    /// <summary>A furniture-named element holding more than this share of the page's prose is really the article's wrapper.</summary>
    private const double FurnitureGuardShare = 0.5;

    /// <summary>
    /// A furniture-named element is the article's wrapper when it holds at least this share of the
    /// largest declared body; smaller declared bodies inside it are teasers ("most popular" excerpts).
    /// </summary>
    private const double DeclaredWrapperShare = 0.5;

    /// <summary>A declared body container wins when it scores at least this share of the best-scoring element.</summary>
    private const double DeclaredContainerShare = 0.3;

    /// <summary>Captions and standfirsts are short; a longer element with such a class is a wrapper.</summary>
    private const int MaxSideTextLength = 1200;

    /// <summary>Weight of marked furniture text against a container, per character.</summary>
    private const double FurniturePenalty = 0.2;

    public ContentSelection Select(PageLayout layout)
    {
        var elements = layout.Elements;
        var blocks = layout.Blocks;
        var count = elements.Count;
        if (count == 0 || blocks.Count == 0)
        {
            return ContentSelection.None(layout);
        }

        var isProse = ProseBlocks(blocks);
        var prose = new double[count];
        var textLength = new double[count];
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            textLength[block.Owner] += block.Text.Length;
            if (isProse[b])
            {
                prose[block.Owner] += block.Text.Length;
            }
        }

        SumSubtrees(elements, prose);
        SumSubtrees(elements, textLength);

        // Declared body prose inside an element means its furniture-like class ("modal-enabled",
        // "article-header", "has-comments") describes a wrapper of the article, not furniture.
        var declaredProse = new double[count];
        for (var i = 0; i < count; i++)
        {
            if ((elements[i].Role & ElementRole.Content) != 0)
            {
                declaredProse[i] = prose[i];
            }
        }

        for (var i = count - 1; i > 0; i--)
        {
            var parent = elements[i].Parent;
            if (parent >= 0)
            {
                declaredProse[parent] = Math.Max(declaredProse[parent], declaredProse[i]);
            }
        }

        var largestDeclared = declaredProse.Length > 0 ? declaredProse[0] : 0;
        var inherited = new ElementRole[count];
        var pageProse = prose[0];
        for (var i = 0; i < count; i++)
        {
            var element = elements[i];
            var role = element.Role;
            if (element.Parent < 0 || element.Tag is "body" or "html")
            {
                // Sites put feature flags and page types on <body>; they describe the page, not furniture.
                role &= ElementRole.Content;
            }
            else if ((role & ElementRole.Furniture) != 0
                && ((declaredProse[i] > 0 && declaredProse[i] >= DeclaredWrapperShare * largestDeclared)
                    || ((role & ElementRole.DefiniteFurniture) == 0 && pageProse > 0 && prose[i] > FurnitureGuardShare * pageProse)))
            {
                role &= ~(ElementRole.Furniture | ElementRole.DefiniteFurniture);
            }

            if ((role & (ElementRole.Caption | ElementRole.Standfirst)) != 0 && textLength[i] > MaxSideTextLength)
            {
                role &= ~(ElementRole.Caption | ElementRole.Standfirst);
            }

            inherited[i] = element.Parent >= 0 ? inherited[element.Parent] | role : role;
        }

        var score = new double[count];
        for (var b = 0; b < blocks.Count; b++)
        {
            score[blocks[b].Owner] += Weight(blocks[b], isProse[b], inherited[blocks[b].Owner]);
        }

        SumSubtrees(elements, score);

        var best = 0;
        var declared = -1;
        for (var i = 0; i < count; i++)
        {
            if ((inherited[i] & ElementRole.Furniture) != 0)
            {
                continue;
            }

            if (score[i] >= score[best])
            {
                best = i;
            }

            // A paragraph marked as body text is one piece of the body, not its container.
            if ((elements[i].Role & ElementRole.Content) != 0 && elements[i].Tag is not ("p" or "span")
                && (declared < 0 || score[i] > score[declared]))
            {
                declared = i;
            }
        }

        var container = declared >= 0 && score[declared] >= DeclaredContainerShare * score[best] ? declared : best;
        return new ContentSelection(layout, container, inherited, score[container], pageProse);
    }

    /// <summary>
    /// Whether each block reads as prose. Lines split only by &lt;br&gt; in the same element are judged
    /// together, so a paragraph typed as short lines counts like one written as a single block.
    /// </summary>
    private static bool[] ProseBlocks(IReadOnlyList<TextBlock> blocks)
    {
        var result = new bool[blocks.Count];
        var start = 0;
        while (start < blocks.Count)
        {
            var end = start + 1;
            var length = blocks[start].Text.Length;
            var links = blocks[start].LinkLength;
            while (end < blocks.Count && blocks[end].AfterLineBreak && blocks[end].Owner == blocks[start].Owner)
            {
                length += blocks[end].Text.Length;
                links += blocks[end].LinkLength;
                end++;
            }

            var prose = length >= ParagraphLength && !IsLinkList(length, links) && blocks[start].Kind != ParagraphKind.Heading;
            for (var b = start; b < end; b++)
            {
                result[b] = prose && !IsLinkList(blocks[b]);
            }

            start = end;
        }

        return result;
    }

    /// <summary>
    /// Text that is mostly links with little said around them: menus, related headlines, "read more"
    /// lines. A list item that links its lead-in but goes on to say something is not one.
    /// </summary>
    public static bool IsLinkList(TextBlock block) => IsLinkList(block.Text.Length, block.LinkLength);

    private static bool IsLinkList(int length, int links) =>
        length > 0 && (links > MaxLinkDensity * length) && (links > 0.6 * length || length - links < MinUnlinkedText);

    private static double Weight(TextBlock block, bool prose, ElementRole role)
    {
        if ((role & ElementRole.Furniture) != 0)
        {
            // Marked furniture is dropped from any container anyway; it only hints the container is too wide.
            return -FurniturePenalty * block.Text.Length;
        }

        if (IsLinkList(block))
        {
            return -block.Text.Length;
        }

        if ((role & ElementRole.Caption) != 0)
        {
            return 0;
        }

        return prose ? block.Text.Length : 0.25 * block.Text.Length;
    }

    private static void SumSubtrees(IReadOnlyList<LayoutElement> elements, double[] values)
    {
        for (var i = elements.Count - 1; i > 0; i--)
        {
            var parent = elements[i].Parent;
            if (parent >= 0)
            {
                values[parent] += values[i];
            }
        }
    }
}

/// <summary>The chosen container (an index into the layout's elements) and each element's inherited roles.</summary>
public sealed record ContentSelection(PageLayout Layout, int Container, IReadOnlyList<ElementRole> Roles, double ContainerScore, double PageProse)
{
    public static ContentSelection None(PageLayout layout) => new(layout, -1, [], 0, 0);

    public bool Contains(TextBlock block) =>
        Container >= 0 && block.Owner >= Container && block.Owner < Layout.Elements[Container].SubtreeEnd;

    public ElementRole RoleOf(TextBlock block) => Roles[block.Owner];
}

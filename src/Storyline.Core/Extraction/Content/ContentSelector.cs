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

    /// <summary>A furniture-named element holding more than this share of the page's prose is really the article's wrapper.</summary>
    private const double FurnitureGuardShare = 0.5;

    /// <summary>A declared body container wins when it scores at least this share of the best-scoring element.</summary>
    private const double DeclaredContainerShare = 0.75;

    /// <summary>Captions and standfirsts are short; a longer element with such a class is a wrapper.</summary>
    private const int MaxSideTextLength = 1200;

    public ContentSelection Select(PageLayout layout)
    {
        var elements = layout.Elements;
        var blocks = layout.Blocks;
        var count = elements.Count;
        if (count == 0 || blocks.Count == 0)
        {
            return ContentSelection.None(layout);
        }

        var prose = new double[count];
        var textLength = new double[count];
        foreach (var block in blocks)
        {
            textLength[block.Owner] += block.Text.Length;
            if (IsProse(block))
            {
                prose[block.Owner] += block.Text.Length;
            }
        }

        SumSubtrees(elements, prose);
        SumSubtrees(elements, textLength);

        var inherited = new ElementRole[count];
        var pageProse = prose[0];
        for (var i = 0; i < count; i++)
        {
            var element = elements[i];
            var role = element.Role;
            if ((role & ElementRole.Furniture) != 0
                && ((role & ElementRole.Content) != 0 || element.Parent < 0 || element.Tag is "body" || (pageProse > 0 && prose[i] > FurnitureGuardShare * pageProse)))
            {
                role &= ~ElementRole.Furniture;
            }

            if ((role & (ElementRole.Caption | ElementRole.Standfirst)) != 0 && textLength[i] > MaxSideTextLength)
            {
                role &= ~(ElementRole.Caption | ElementRole.Standfirst);
            }

            inherited[i] = element.Parent >= 0 ? inherited[element.Parent] | role : role;
        }

        var score = new double[count];
        foreach (var block in blocks)
        {
            score[block.Owner] += Weight(block, inherited[block.Owner]);
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

            if ((elements[i].Role & ElementRole.Content) != 0 && (declared < 0 || score[i] > score[declared]))
            {
                declared = i;
            }
        }

        var container = declared >= 0 && score[declared] >= DeclaredContainerShare * score[best] ? declared : best;
        return new ContentSelection(layout, container, inherited, score[container], pageProse);
    }

    private static bool IsProse(TextBlock block) =>
        block.Text.Length >= ParagraphLength && block.LinkDensity <= MaxLinkDensity && block.Kind != ParagraphKind.Heading;

    private static double Weight(TextBlock block, ElementRole role)
    {
        if ((role & ElementRole.Furniture) != 0 || block.LinkDensity > MaxLinkDensity)
        {
            return -block.Text.Length;
        }

        if ((role & (ElementRole.Caption | ElementRole.Standfirst)) != 0)
        {
            return 0;
        }

        return IsProse(block) ? block.Text.Length : 0.25 * block.Text.Length;
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

using System.Collections.Immutable;
using AngleSharp.Html.Dom;
using Storyline.Core.Extraction.Content;
using Storyline.Core.Model;

namespace Storyline.Core.Extraction;

/// <summary>
/// Finds the article body in a parsed page and leaves the furniture behind. The page is flattened
/// into text blocks once; the element whose blocks add up to the most prose (furniture and link
/// lists counting against it) is the body, unless a declared body container scores nearly as well.
/// Captions and the standfirst are returned apart from the body.
/// </summary>
public sealed class MainContentExtractor(BoilerplatePatterns patterns)
{
    /// <summary>When the body found holds less than this share of the page's prose, fall back to all paragraphs.</summary>
    private const double RescueShare = 0.2;

    /// <summary>Blocks the rescue keeps: at least this long, so menus and labels stay out.</summary>
    private const int RescueParagraphLength = 80;

    private readonly PageSegmenter _segmenter = new(patterns);
    private readonly ContentSelector _selector = new();

    public MainContentExtractor()
        : this(BoilerplatePatterns.Default)
    {
    }

    public ExtractedContent Extract(IHtmlDocument page, ArticleMetadata metadata)
    {
        var root = page.Body ?? page.DocumentElement;
        if (root is null)
        {
            return ExtractedContent.Empty;
        }

        var layout = _segmenter.Segment(root);
        var selection = _selector.Select(layout);
        if (selection.Container < 0)
        {
            return ExtractedContent.Empty;
        }

        var body = ImmutableArray.CreateBuilder<ContentBlock>();
        var captions = new List<string>();
        var seenCaptions = new HashSet<string>(StringComparer.Ordinal);
        string? standfirst = null;
        foreach (var block in layout.Blocks)
        {
            if (!HasWordCharacter(block.Text))
            {
                continue;
            }

            var role = selection.RoleOf(block);

            // The standfirst sits with the headline, in the article header (furniture to the body);
            // a "summary" inside the body container is the body's own first paragraph or key points.
            if ((role & ElementRole.Standfirst) != 0 && (role & ElementRole.DefiniteFurniture) == 0 && !selection.Contains(block))
            {
                if (body.Count == 0)
                {
                    standfirst ??= block.Text;
                }

                continue;
            }

            if ((role & ElementRole.Furniture) != 0)
            {
                continue;
            }

            if ((role & ElementRole.Caption) != 0)
            {
                if (seenCaptions.Add(block.Text))
                {
                    captions.Add(block.Text);
                }

                continue;
            }

            if (!selection.Contains(block) || ContentSelector.IsLinkList(block) || block.HeadingLevel == 1)
            {
                continue;
            }

            body.Add(new ContentBlock(block.Text, block.Kind));
        }

        var blocks = body.ToImmutable();
        if (Length(blocks) < RescueShare * selection.PageProse)
        {
            blocks = Rescue(layout, selection);
        }

        return new ExtractedContent(blocks, [.. captions], standfirst);
    }

    /// <summary>
    /// The baseline when the chosen container holds little of the page's prose (an odd layout that
    /// scoring misread): every paragraph-length, non-furniture, non-link block in reading order.
    /// </summary>
    private static ImmutableArray<ContentBlock> Rescue(PageLayout layout, ContentSelection selection)
    {
        var rescued = ImmutableArray.CreateBuilder<ContentBlock>();
        foreach (var block in layout.Blocks)
        {
            var role = selection.RoleOf(block);
            if ((role & (ElementRole.Furniture | ElementRole.Caption)) == 0
                && block.Text.Length >= RescueParagraphLength && !ContentSelector.IsLinkList(block) && block.HeadingLevel == 0)
            {
                rescued.Add(new ContentBlock(block.Text, block.Kind));
            }
        }

        return rescued.ToImmutable();
    }

    private static int Length(ImmutableArray<ContentBlock> blocks)
    {
        var length = 0;
        foreach (var block in blocks)
        {
            length += block.Text.Length;
        }

        return length;
    }

    /// <summary>Blocks of only punctuation or symbols ("|", "•", "&lt;&lt;&gt;&gt;") say nothing.</summary>
    private static bool HasWordCharacter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}

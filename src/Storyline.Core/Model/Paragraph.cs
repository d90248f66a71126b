namespace Storyline.Core.Model;

/// <summary>A block of the article body as extracted: the unit the text is joined from.</summary>
public sealed record Paragraph(TextRange Range, ParagraphKind Kind) : Annotation(Range);

public enum ParagraphKind
{
    Body,
    Heading,
    Quote,
    ListItem,
}

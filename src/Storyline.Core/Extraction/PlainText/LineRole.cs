namespace Storyline.Core.Extraction.PlainText;

/// <summary>The part a scraped line plays in the page, decided line by line with its context.</summary>
public enum LineRole
{
    Unjudged,
    Furniture,
    ListHeader,
    ListItem,
    Caption,
    Title,
    Byline,
    Dateline,
    Outlet,
    Heading,
    Body,
}

namespace Storyline.Core.Extraction.Content;

/// <summary>What an element's name, class, id and role say it is, before any text is weighed.</summary>
[Flags]
public enum ElementRole
{
    None = 0,

    /// <summary>Navigation, sharing, related lists, comments, ads, banners, bylines: not the article.</summary>
    Furniture = 1,

    /// <summary>A photo or video caption or credit.</summary>
    Caption = 2,

    /// <summary>The summary paragraph under the headline.</summary>
    Standfirst = 4,

    /// <summary>A container that declares itself the article body.</summary>
    Content = 8,

    /// <summary>Furniture however much text it holds (consent banners, overlays), never taken for the article's wrapper.</summary>
    DefiniteFurniture = 16,
}

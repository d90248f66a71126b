namespace Storyline.Core.Extraction.PlainText;

/// <summary>What the furniture rules say about one line on its own, before context is weighed.</summary>
public enum LineVerdictKind
{
    /// <summary>No rule matched: the line may be article text.</summary>
    None,

    /// <summary>Page furniture: dropped.</summary>
    Furniture,

    /// <summary>Furniture that opens a list of other stories ("Most read").</summary>
    ListHeader,

    /// <summary>A photo caption: kept once in the captions, out of the body.</summary>
    Caption,

    /// <summary>A line naming the publishing outlet.</summary>
    Outlet,
}

/// <summary>A rule's verdict on a line, with the caption text or outlet name it captured.</summary>
public readonly record struct LineVerdict(LineVerdictKind Kind, string? Value = null)
{
    public static LineVerdict None => default;

    /// <summary>True when the line never belongs in the body text.</summary>
    public bool IsFurnitureLike => Kind != LineVerdictKind.None;
}

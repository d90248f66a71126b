namespace Storyline.Store.Stories;

/// <summary>The stored renderings of a story's briefing.</summary>
public enum BriefingFormat
{
    Json,
    Markdown,
    Html,
}

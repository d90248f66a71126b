namespace Storyline.Core.Language.Entities.Linking;

public enum HeadPolicy
{
    /// <summary>Only when exactly one organisation with this head was named earlier.</summary>
    OnlyOne,

    /// <summary>The last organisation with this head named earlier.</summary>
    MostRecent,
}

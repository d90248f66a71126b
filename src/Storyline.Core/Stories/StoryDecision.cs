namespace Storyline.Core.Stories;

/// <summary>What became of an article handed to <see cref="StoryClusterer"/>.</summary>
public enum StoryDecision
{
    /// <summary>It started a new story.</summary>
    Started,

    /// <summary>It joined the most similar story.</summary>
    Joined,

    /// <summary>It copies an earlier article (wire copy, same article re-ingested) and joined that article's story.</summary>
    Copy,

    /// <summary>It is not a news report (page furniture, a widget, a stub) and belongs to no story.</summary>
    NonArticle,

    /// <summary>It had been added before; its current story is reported.</summary>
    AlreadyKnown,
}

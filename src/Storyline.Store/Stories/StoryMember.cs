namespace Storyline.Store.Stories;

/// <summary>An article placed in a story, at the version that was clustered; a wire copy names the article it republishes.</summary>
public sealed record StoryMember(long ArticleId, int Version, long? OriginArticleId);

namespace Storyline.Store;

/// <summary>An article whose latest version mentions an entity or place, and how many times.</summary>
public sealed record EntityArticle(long ArticleId, int Version, string? Title, string? Outlet, DateTimeOffset? Published, int Mentions);

namespace Storyline.Core.Model;

/// <summary>An annotated article as a member of a story: its stable id and its document.</summary>
/// <param name="Id">The article's id in the store (or any id unique within the story).</param>
public sealed record StoryArticle(string Id, Document Document);

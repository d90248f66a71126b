namespace Storyline.Store.Search;

/// <summary>A run of snippet text; <see cref="Match"/> marks the words the query found, so a page highlights them without parsing markup.</summary>
public sealed record SnippetSegment(string Text, bool Match);

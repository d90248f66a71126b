namespace Storyline.Core.Serialization;

/// <summary>An entity mention linked to its canonical name and cross-article key (null when linking did not run).</summary>
public sealed record EntityMentionJson(int Start, int End, string Text, string Type, string? CanonicalName, string? CanonicalKey);

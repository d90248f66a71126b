namespace Storyline.Core.Serialization;

/// <summary>A sentence: its span and text.</summary>
public sealed record SentenceJson(int Start, int End, string Text);

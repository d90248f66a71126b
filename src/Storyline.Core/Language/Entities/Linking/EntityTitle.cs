namespace Storyline.Core.Language.Entities.Linking;

/// <summary>A title written before a person's name; a role ("president") can also stand for the person ("the president").</summary>
public sealed record EntityTitle(string Phrase, bool IsRole);

namespace Storyline.Core.Language.Entities.Linking;

/// <summary>A head noun of organisation names ("agency") and which earlier organisation "the agency" refers to.</summary>
public sealed record HeadNoun(string Word, HeadPolicy Policy);

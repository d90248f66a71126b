namespace Storyline.Store;

/// <summary>What saving an article did: stored it new, found it already stored, or stored a new version of a changed page.</summary>
public enum SaveOutcome
{
    New,
    Duplicate,
    Updated,
}

public sealed record SaveResult(SaveOutcome Outcome, long ArticleId, int Version);

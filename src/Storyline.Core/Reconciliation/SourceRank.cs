namespace Storyline.Core.Reconciliation;

/// <summary>How authoritative a source is on a count; higher supersedes lower.</summary>
public enum SourceRank
{
    Advocacy = 0,
    Humanitarian = 1,
    Official = 2,
}

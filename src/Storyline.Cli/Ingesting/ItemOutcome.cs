using Storyline.Store;

namespace Storyline.Cli.Ingesting;

/// <summary>What became of one input item: saved (new, duplicate, updated) or failed with a reason.</summary>
public abstract record ItemOutcome(string Origin);

public sealed record SavedItem(string Origin, SaveResult Result) : ItemOutcome(Origin);

public sealed record FailedIngestItem(string Origin, string Problem) : ItemOutcome(Origin);

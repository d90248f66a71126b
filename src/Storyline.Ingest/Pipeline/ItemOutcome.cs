using Storyline.Core.Model;
using Storyline.Store;

namespace Storyline.Ingest.Pipeline;

/// <summary>What became of one input item: saved (new, duplicate, updated) or failed with a reason.</summary>
public abstract record ItemOutcome(string Origin);

/// <param name="Document">The article as saved, with the annotator's layers (for story refresh without re-annotating).</param>
public sealed record SavedItem(string Origin, SaveResult Result, Document Document) : ItemOutcome(Origin);

public sealed record FailedIngestItem(string Origin, string Problem) : ItemOutcome(Origin);

using System.Collections.Immutable;
using Storyline.Store;

namespace Storyline.Ingest.Pipeline;

/// <summary>Running counts of an ingest, with every failure kept for the end summary. Immutable: each item gives a new tally.</summary>
public sealed record IngestTally(int New, int Duplicate, int Updated, ImmutableList<FailedIngestItem> Failures)
{
    public static IngestTally Empty { get; } = new(0, 0, 0, []);

    public int Failed => Failures.Count;

    public int Succeeded => New + Duplicate + Updated;

    public int Items => Succeeded + Failed;

    public IngestTally Add(ItemOutcome outcome) => outcome switch
    {
        SavedItem { Result.Outcome: SaveOutcome.New } => this with { New = New + 1 },
        SavedItem { Result.Outcome: SaveOutcome.Duplicate } => this with { Duplicate = Duplicate + 1 },
        SavedItem { Result.Outcome: SaveOutcome.Updated } => this with { Updated = Updated + 1 },
        FailedIngestItem failure => this with { Failures = Failures.Add(failure) },
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown ingest outcome."),
    };
}

using System.Globalization;
using System.Text.Json;
using Storyline.Core.Serialization;
using Storyline.Ingest.Pipeline;

namespace Storyline.Cli.Output;

/// <summary>The end-of-ingest summary: counts, every failure with its reason, and the rate. Printed as text or as one JSON object.</summary>
public sealed record IngestSummary(
    string Database,
    int Items,
    int New,
    int Duplicate,
    int Updated,
    int Failed,
    bool Cancelled,
    double ElapsedSeconds,
    IReadOnlyList<IngestFailure> Failures)
{
    public static IngestSummary From(IngestTally tally, string database, TimeSpan elapsed, bool cancelled) => new(
        database,
        tally.Items,
        tally.New,
        tally.Duplicate,
        tally.Updated,
        tally.Failed,
        cancelled,
        Math.Round(elapsed.TotalSeconds, 3),
        [.. tally.Failures.Select(f => new IngestFailure(f.Origin, f.Problem))]);

    public string ToJson() => JsonSerializer.Serialize(this, StorylineJson.Options);

    public void WriteText(TextWriter writer)
    {
        var rate = ElapsedSeconds > 0 ? Items / ElapsedSeconds : 0;
        writer.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{(Cancelled ? "cancelled after " : string.Empty)}{Items} items: {New} new, {Duplicate} duplicate, {Updated} updated, {Failed} failed ({ElapsedSeconds:0.0} s, {rate:0} items/s) in {Database}"));
        if (Failures.Count == 0)
        {
            return;
        }

        writer.WriteLine("failures:");
        foreach (var failure in Failures)
        {
            writer.WriteLine($"  {failure.Origin}: {failure.Problem}");
        }
    }
}

public sealed record IngestFailure(string Origin, string Problem);

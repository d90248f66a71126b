using Storyline.Ingest.Pipeline;
using Storyline.Store;

namespace Storyline.Cli.Output;

/// <summary>
/// One plain line per ingested item, for logs and scripts: <c>new 12 path</c>, <c>duplicate 12 path</c>,
/// <c>updated 12 path (version 2)</c> on stdout; <c>failed path: problem</c> on stderr.
/// </summary>
public sealed class IngestLines(CliStreams streams, bool quietSuccesses)
{
    public void Write(ItemOutcome outcome)
    {
        switch (outcome)
        {
            case FailedIngestItem failure:
                streams.Error.WriteLine(Failure(failure));
                break;
            case SavedItem saved when !quietSuccesses:
                streams.Out.WriteLine(Saved(saved));
                break;
        }
    }

    public static string Failure(FailedIngestItem failure) => $"failed {failure.Origin}: {failure.Problem}";

    public static string Saved(SavedItem saved) => saved.Result.Outcome switch
    {
        SaveOutcome.New => $"new {saved.Result.ArticleId} {saved.Origin}",
        SaveOutcome.Duplicate => $"duplicate {saved.Result.ArticleId} {saved.Origin}",
        SaveOutcome.Updated => $"updated {saved.Result.ArticleId} {saved.Origin} (version {saved.Result.Version})",
        _ => throw new ArgumentOutOfRangeException(nameof(saved), saved.Result.Outcome, "Unknown save outcome."),
    };
}

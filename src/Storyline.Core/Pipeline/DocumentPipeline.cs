using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Storyline.Core.Model;

namespace Storyline.Core.Pipeline;

/// <summary>
/// A sealed, reusable sequence of stages; safe to share across threads because stages keep no
/// state. Built only through <see cref="PipelineBuilder"/>.
/// </summary>
public sealed class DocumentPipeline
{
    internal DocumentPipeline(ImmutableArray<IStage> stages) => Stages = stages;

    public ImmutableArray<IStage> Stages { get; }

    public Document Run(Document document) => Run(document, timings: null);

    /// <summary>Runs every stage in order, adding the time spent in each to <paramref name="timings"/>.</summary>
    public Document Run(Document document, StageTimings? timings)
    {
        foreach (var stage in Stages)
        {
            var started = Stopwatch.GetTimestamp();
            document = stage.Run(document);
            timings?.Add(stage.Name, Stopwatch.GetElapsedTime(started));
        }

        return document;
    }

    /// <summary>A table of each stage with what it reads and adds.</summary>
    public string Describe()
    {
        var table = new StringBuilder();
        table.AppendLine("stage | reads | adds");
        foreach (var stage in Stages)
        {
            table.Append(stage.Name).Append(" | ")
                .Append(string.Join(", ", stage.Reads.Select(r => r.Name))).Append(" | ")
                .AppendLine(string.Join(", ", stage.Adds.Select(a => a.Name)));
        }

        return table.ToString();
    }
}

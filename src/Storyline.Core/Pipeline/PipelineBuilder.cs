using Storyline.Core.Model;

namespace Storyline.Core.Pipeline;

/// <summary>
/// Assembles the per-document pipeline in one place. <see cref="Build"/> refuses a pipeline in
/// which a stage reads a layer that no earlier stage adds (and that the extractor does not
/// provide), naming the stage and the missing layer.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> _stages = [];
    private readonly HashSet<string> _provided = [Layers.Paragraphs.Name];

    /// <summary>Adds a stage once; adding a stage with the same name again is ignored.</summary>
    public PipelineBuilder Add(IStage stage)
    {
        if (_stages.All(s => s.Name != stage.Name))
        {
            _stages.Add(stage);
        }

        return this;
    }

    /// <summary>Declares layers that documents already carry when they enter the pipeline.</summary>
    public PipelineBuilder Provided(params ILayerKey[] keys)
    {
        foreach (var key in keys)
        {
            _provided.Add(key.Name);
        }

        return this;
    }

    public DocumentPipeline Build()
    {
        var available = new HashSet<string>(_provided);
        foreach (var stage in _stages)
        {
            var missing = stage.Reads.Where(r => !available.Contains(r.Name)).Select(r => r.Name).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Stage '{stage.Name}' reads {string.Join(", ", missing)}, which no earlier stage adds.");
            }

            foreach (var added in stage.Adds)
            {
                available.Add(added.Name);
            }
        }

        return new DocumentPipeline([.. _stages]);
    }
}

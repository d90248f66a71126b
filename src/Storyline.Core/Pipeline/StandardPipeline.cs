using Storyline.Core.Language.Entities;
using Storyline.Core.Language.Sentences;
using Storyline.Core.Language.Time;
using Storyline.Core.Language.Tokens;

namespace Storyline.Core.Pipeline;

/// <summary>
/// The one place where Storyline's per-document pipeline is assembled, in order. Every command
/// and service that annotates articles gets its pipeline from here.
/// </summary>
public static class StandardPipeline
{
    /// <summary>The language layer: tokens, sentences, entities, time expressions.</summary>
    public static DocumentPipeline Create() =>
        new PipelineBuilder()
            .Add(new TokenStage())
            .Add(new SentenceStage())
            .Add(new EntityStage())
            .Add(new TimeStage())
            .Build();
}

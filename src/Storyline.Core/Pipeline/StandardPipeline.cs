using Storyline.Core.Language.Attributions;
using Storyline.Core.Language.Claims;
using Storyline.Core.Language.Entities;
using Storyline.Core.Language.Entities.Linking;
using Storyline.Core.Language.Figures;
using Storyline.Core.Language.Places;
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
    /// <summary>
    /// The language layer (tokens, sentences, entities, places, entity links, time expressions),
    /// then who said what, the figures, and the figures read as claims.
    /// </summary>
    public static DocumentPipeline Create() =>
        new PipelineBuilder()
            .Add(new TokenStage())
            .Add(new SentenceStage())
            .Add(new EntityStage())
            .Add(new PlaceStage())
            .Add(new EntityLinkStage())
            .Add(new TimeStage())
            .Add(new AttributionStage())
            .Add(new FigureStage())
            .Add(new ClaimStage())
            .Build();
}

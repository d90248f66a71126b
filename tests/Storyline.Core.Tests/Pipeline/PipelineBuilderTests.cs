using Storyline.Core.Model;
using Storyline.Core.Pipeline;

namespace Storyline.Core.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    private sealed record Marker(TextRange Range) : Annotation(Range);

    private static readonly LayerKey<Marker> First = new("first");
    private static readonly LayerKey<Marker> Second = new("second");

    private sealed class MarkStage(string name, ILayerKey[] reads, LayerKey<Marker> adds) : IStage
    {
        public string Name => name;

        public IReadOnlyList<ILayerKey> Reads => reads;

        public IReadOnlyList<ILayerKey> Adds => [adds];

        public Document Run(Document document) => document.With(adds, [new Marker(new TextRange(0, 1))], name);
    }

    [Fact]
    public void Build_refuses_a_stage_whose_input_nothing_adds_and_names_both()
    {
        var builder = new PipelineBuilder().Add(new MarkStage("second-stage", [First], Second));

        var error = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("second-stage", error.Message);
        Assert.Contains("first", error.Message);
    }

    [Fact]
    public void Run_applies_stages_in_order_and_records_their_time()
    {
        var pipeline = new PipelineBuilder()
            .Add(new MarkStage("first-stage", [Layers.Paragraphs], First))
            .Add(new MarkStage("second-stage", [First], Second))
            .Build();
        var timings = new StageTimings();

        var result = pipeline.Run(new Document("text", ArticleMetadata.Empty), timings);

        Assert.True(result.Has(First));
        Assert.True(result.Has(Second));
        Assert.Equal(["first-stage", "second-stage"], timings.Totals.Keys.Order());
        Assert.Contains("second-stage | first | second", pipeline.Describe());
    }

    [Fact]
    public void Adding_the_same_stage_twice_keeps_one()
    {
        var stage = new MarkStage("first-stage", [], First);
        var pipeline = new PipelineBuilder().Add(stage).Add(stage).Build();
        Assert.Single(pipeline.Stages);
    }
}

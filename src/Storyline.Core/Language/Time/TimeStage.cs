using Storyline.Core.Model;
using Storyline.Core.Pipeline;

namespace Storyline.Core.Language.Time;

/// <summary>
/// Adds the <c>time-expressions</c> layer: TIMEX3 time expressions normalised against the
/// publication date (<see cref="ArticleMetadata.Published"/>, as the wall-clock date in its own offset).
/// When the metadata has no publication date, one is inferred from the text
/// (<see cref="PublicationDateInference"/>) and recorded on the document's metadata with
/// <see cref="ArticleMetadata.PublishedSource"/> = <see cref="InferredSource"/>, so readers can tell it
/// apart from a date the page declared. Without either, relative values keep X placeholders.
/// </summary>
public sealed class TimeStage(TimeExpressionRecognizer recognizer) : IStage
{
    /// <summary>The <see cref="ArticleMetadata.PublishedSource"/> of a publication date inferred from the text.</summary>
    public const string InferredSource = "inferred from text";

    public TimeStage()
        : this(TimeExpressionRecognizer.Default)
    {
    }

    public string Name => "time";

    public IReadOnlyList<ILayerKey> Reads => [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<ILayerKey> Adds => [Layers.TimeExpressions];

    public Document Run(Document document)
    {
        var tokens = document.Get(Layers.Tokens);
        var sentences = document.Get(Layers.Sentences);
        if (document.Metadata.Published is { } published)
        {
            var anchor = DateOnly.FromDateTime(published.DateTime);

            // Midnight is what a date-only value parses to, so it says nothing about the hour.
            TimeOnly? clock = published.TimeOfDay == TimeSpan.Zero ? null : TimeOnly.FromTimeSpan(published.TimeOfDay);
            return document.With(Layers.TimeExpressions, recognizer.Recognize(document.Text, tokens, sentences, anchor, clock), Name);
        }

        var unanchored = recognizer.Recognize(document.Text, tokens, sentences, null);
        if (PublicationDateInference.Infer(unanchored, sentences) is not { } inferred)
        {
            return document.With(Layers.TimeExpressions, unanchored, Name);
        }

        var metadata = document.Metadata with
        {
            Published = new DateTimeOffset(inferred.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            PublishedSource = InferredSource,
        };
        return (document with { Metadata = metadata })
            .With(Layers.TimeExpressions, recognizer.Recognize(document.Text, tokens, sentences, inferred), Name);
    }
}

using Storyline.Core.Model;
using Storyline.Eval.Rouge;

namespace Storyline.Eval.Summaries;

/// <summary>One multi-document summarisation item: its annotated source articles and its reference summaries.</summary>
public sealed record SummaryTopic(string Id, IReadOnlyList<StoryArticle> Sources, IReadOnlyList<RougeSummary> References);

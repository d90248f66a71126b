using Storyline.Core.Summaries;
using Storyline.Eval.Rouge;

namespace Storyline.Eval.Summaries;

/// <summary>One multi-document summarisation item: its annotated source articles and its reference summaries.</summary>
public sealed record SummaryTopic(string Id, IReadOnlyList<SummarySource> Sources, IReadOnlyList<RougeSummary> References);

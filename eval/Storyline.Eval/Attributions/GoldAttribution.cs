using Storyline.Core.Model;

namespace Storyline.Eval.Attributions;

/// <summary>One annotated attribution: cue, sources and content as character spans (a span may be discontinuous, hence lists).</summary>
public sealed record GoldAttribution(IReadOnlyList<TextRange> Cue, IReadOnlyList<TextRange> Sources, IReadOnlyList<TextRange> Content, string ContentText);

/// <summary>An article's text with one annotator's attributions.</summary>
public sealed record AnnotatedArticle(string Name, string Text, IReadOnlyList<GoldAttribution> Attributions);

namespace Storyline.Eval.Clustering;

/// <summary>A labelled clustering set after extraction and annotation, in the order its articles reach the clusterer.</summary>
/// <param name="Order">How the stream is ordered ("publication date", or a hash of the ids for undated sets).</param>
public sealed record AnnotatedClusteringSet(string Path, string Format, string Order, IReadOnlyList<LabelledArticle> Stream, double AnnotationSeconds);

namespace Storyline.Eval.Clustering;

/// <summary>
/// The result of a clustering run: the score over every gold item (non-articles left as singletons),
/// the score over the items the system kept as articles, and the clusterer's own speed.
/// </summary>
public sealed record ClusteringEvaluation(
    string Path,
    string Format,
    string Order,
    ClusteringScore Score,
    ClusteringScore ArticlesOnly,
    int NonArticles,
    int Stories,
    int WireCopies,
    double ClusteringSeconds,
    double AnnotationSeconds);

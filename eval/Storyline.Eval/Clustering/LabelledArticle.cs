using Storyline.Core.Stories;

namespace Storyline.Eval.Clustering;

/// <summary>An annotated article of a labelled clustering set with its gold clusters (usually one).</summary>
public sealed record LabelledArticle(ArticleProfile Article, IReadOnlyCollection<string> GoldClusters);

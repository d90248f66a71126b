using Storyline.Core.Extraction;

namespace Storyline.Eval.Clustering;

/// <summary>One labelled input of a clustering set: its id, gold clusters (usually one), content and publication time when known.</summary>
public sealed record ClusteringItem(string Id, IReadOnlyCollection<string> GoldClusters, SourceDocument Source, string? Title, DateTimeOffset? Published);

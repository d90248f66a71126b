using Storyline.Core.Stories;

namespace Storyline.Eval.Clustering;

/// <summary>What <see cref="ClusteringTrainer"/> learned, from how many samples, and the training sets' mean pairwise F1 with it.</summary>
public sealed record ClusteringTraining(StorySimilarityModel Model, int JoinSamples, int JoinPositives, int MergeSamples, int MergePositives, double TrainingPairwiseF1);

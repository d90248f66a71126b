namespace Storyline.Core.Language.Entities;

/// <summary>Settings of <see cref="NerPerceptronTrainer"/>; the defaults reproduce the shipped model.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>Passes over the training data; the epoch scoring best on the validation set is kept.</summary>
    public int Epochs { get; init; } = 30;

    /// <summary>Seeds the order in which sentences are visited, so that training is reproducible.</summary>
    public int Seed { get; init; } = 2003;

    /// <summary>Folds of the jackknife that gives the second pass first-pass tags of unseen training documents.</summary>
    public int Folds { get; init; } = 4;

    /// <summary>Features seen fewer times than this in training get no weights.</summary>
    public int MinFeatureCount { get; init; } = 1;

    /// <summary>Progress messages (one per epoch); null for silence.</summary>
    public Action<string>? Log { get; init; }
}

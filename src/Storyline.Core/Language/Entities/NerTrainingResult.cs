namespace Storyline.Core.Language.Entities;

/// <summary>The trained model with the validation F1 (exact span and type, in percent) after each epoch.</summary>
public sealed record NerTrainingResult(NerModel Model, int BestEpoch, IReadOnlyList<double> ValidF1ByEpoch)
{
    public double BestValidF1 => ValidF1ByEpoch[BestEpoch - 1];
}

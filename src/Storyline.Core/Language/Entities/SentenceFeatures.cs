namespace Storyline.Core.Language.Entities;

/// <summary>The feature keys of each token of one sentence: token i owns Keys[Offsets[i]..Offsets[i + 1]].</summary>
public sealed record SentenceFeatures(ulong[] Keys, int[] Offsets)
{
    public int Length => Offsets.Length - 1;
}

namespace Storyline.Core.Language.Entities;

/// <summary>One pass of <see cref="NerModel"/> besides its feature weights: their scale and the tag-sequence scores.</summary>
internal sealed record NerPassParameters(float Scale, float[] Transitions, float[] Start, float[] End)
{
    public bool IsWellFormed =>
        Transitions.Length == BilouTags.Count * BilouTags.Count && Start.Length == BilouTags.Count && End.Length == BilouTags.Count;
}

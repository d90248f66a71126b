namespace Storyline.Core.Stories;

/// <summary>A story considered for an article (or for a merge) with the features of the pair.</summary>
internal sealed record StoryCandidate(string StoryId, IReadOnlyList<string> Members, double[] Features);

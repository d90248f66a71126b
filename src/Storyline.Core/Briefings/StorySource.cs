using System.Collections.Immutable;

namespace Storyline.Core.Briefings;

/// <summary>An outlet that covered the story and the original sources its figures cite.</summary>
/// <param name="ArticleIds">The outlet's articles in the story.</param>
/// <param name="OriginalSources">Who the outlet's figures are attributed to ("interior ministry"), most cited first.</param>
/// <param name="CopiesOf">Articles of other outlets that the outlet's articles republish (wire copies).</param>
public sealed record StorySource(
    string Outlet,
    ImmutableArray<string> ArticleIds,
    ImmutableArray<string> OriginalSources,
    ImmutableArray<string> CopiesOf);

using System.Collections.Immutable;

namespace Storyline.Store.Stories;

/// <summary>A story as the store holds it: its id, its span and its members.</summary>
internal sealed record PlacedStory(string Id, DateTimeOffset? FirstPublished, DateTimeOffset? LastPublished, ImmutableArray<StoryMember> Members)
{
    /// <summary>Members and origins in a canonical order, to tell whether a story changed.</summary>
    public string Signature => string.Join(
        ';', Members.OrderBy(m => m.ArticleId).Select(m => FormattableString.Invariant($"{m.ArticleId}.{m.Version}>{m.OriginArticleId}")));
}

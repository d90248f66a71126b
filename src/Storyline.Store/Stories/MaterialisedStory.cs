using System.Collections.Immutable;
using System.Text.Json;
using Storyline.Core.Briefings;
using Storyline.Core.Briefings.Rendering;
using Storyline.Core.Reconciliation;
using Storyline.Core.Serialization;

namespace Storyline.Store.Stories;

/// <summary>
/// A story's briefing in every form the store keeps: the JSON <c>brief --format json</c> prints for
/// one story, the Markdown and HTML renderings, and the columns the stories list and its filters read.
/// </summary>
internal sealed record MaterialisedStory(
    string Title,
    DateTimeOffset? FirstPublished,
    DateTimeOffset? LastPublished,
    int ArticleCount,
    int Contested,
    ImmutableArray<string> Outlets,
    ImmutableArray<StoryPlaceMark> Places,
    string Summary,
    string Json,
    string Markdown,
    string Html,
    ImmutableArray<StoryFacet> Facets)
{
    /// <summary>Places shown per story in the list.</summary>
    private const int ListedPlaces = 5;

    public static MaterialisedStory From(Briefing briefing)
    {
        var outlets = briefing.Sources.Select(s => s.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
        return new MaterialisedStory(
            briefing.Title,
            briefing.FirstPublished,
            briefing.LastPublished,
            briefing.Articles.Length,
            briefing.Figures.Groups.Count(g => g.Relation == ClaimRelationKind.Contested),
            outlets,
            [.. briefing.Places.Take(ListedPlaces).Select(p => new StoryPlaceMark(p.Name, p.Latitude, p.Longitude))],
            string.Join(' ', briefing.Summary.Select(s => s.Text)),
            JsonSerializer.Serialize(StoryBriefingJson.From(briefing), StorylineJson.Options),
            BriefingMarkdown.Render(briefing),
            BriefingHtml.Render(briefing),
            [
                .. briefing.Places.Select(p => new StoryFacet(StoryFacet.Place, p.Key, p.Name)),
                .. briefing.Entities.Select(e => new StoryFacet(StoryFacet.Entity, e.Key, e.Name)),
                .. outlets.Select(o => new StoryFacet(StoryFacet.Outlet, o.ToLowerInvariant(), o)),
            ]);
    }
}

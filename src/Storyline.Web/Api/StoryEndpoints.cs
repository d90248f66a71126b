using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Storyline.Core.Serialization;
using Storyline.Store.Stories;
using Storyline.Web.Hosting;

namespace Storyline.Web.Api;

/// <summary>
/// <c>GET /api/stories</c> (filtered, paged list) and <c>GET /api/stories/{id}</c> (the story's
/// briefing exactly as <c>brief --format json</c> prints it, read from the store, never rebuilt per request).
/// </summary>
internal static class StoryEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/stories", ListAsync)
            .WithName("ListStories")
            .WithSummary("Stories, latest or most covered first, filtered by dates, place, entity, outlet or words")
            .Produces<ListResponse<StoryListItem>>(contentType: TaggedResults.JsonType)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/stories/{id}", GetAsync)
            .WithName("GetStory")
            .WithSummary("One story's briefing: articles, cited summary, timeline, claims, figure groups, sources, entities, places")
            .Produces<StoryBriefingJson>(contentType: TaggedResults.JsonType)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(
        HttpContext context, StorylineData data, int? limit, int? offset, string? order, string? from, string? to,
        string? place, string? entity, string? outlet, string? q, CancellationToken cancellationToken)
    {
        var (paging, pagingProblem) = Paging.Parse(limit, offset);
        var (start, end, dateProblem) = DateFilter.Parse(from, to);
        if ((pagingProblem ?? dateProblem) is { } problem)
        {
            return TaggedResults.BadRequest(problem);
        }

        StoryOrder sort;
        switch (order)
        {
            case null or "" or "latest":
                sort = StoryOrder.Latest;
                break;
            case "most_covered":
                sort = StoryOrder.MostCovered;
                break;
            default:
                return TaggedResults.BadRequest($"order must be latest or most_covered, not '{order}'");
        }

        await data.StoreAsync();
        var page = await data.Catalog.ListAsync(
            new StoryListQuery(paging!.Limit, paging.Offset, sort, start, end, place, entity, outlet, string.IsNullOrWhiteSpace(q) ? null : q),
            cancellationToken);
        return TaggedResults.Json(context, new ListResponse<StoryListItem>(page.Items, page.Total, paging.Limit, paging.Offset));
    }

    private static async Task<IResult> GetAsync(HttpContext context, StorylineData data, string id, CancellationToken cancellationToken)
    {
        await data.StoreAsync();
        return await data.Catalog.BriefingJsonAsync(id, cancellationToken) is { } briefing
            ? TaggedResults.Tagged(context, briefing.Utf8, briefing.Version, TaggedResults.JsonType)
            : TaggedResults.NotFound($"No story '{id}'.");
    }
}

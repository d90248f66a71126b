using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Storyline.Store.Search;
using Storyline.Web.Hosting;

namespace Storyline.Web.Api;

/// <summary><c>GET /api/search</c>: articles by relevance and recency, with snippets as plain-text segments.</summary>
internal static class SearchEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/search", SearchAsync)
            .WithName("Search")
            .WithSummary("Full-text search over articles (title, standfirst, text, outlet); any text is a valid query")
            .Produces<SearchResponse>(contentType: TaggedResults.JsonType)
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<IResult> SearchAsync(
        HttpContext context, StorylineData data, string? q, int? limit, int? offset, string? from, string? to, string? outlet,
        CancellationToken cancellationToken)
    {
        var (paging, pagingProblem) = Paging.Parse(limit, offset);
        var (start, end, dateProblem) = DateFilter.Parse(from, to);
        if ((pagingProblem ?? dateProblem) is { } problem)
        {
            return TaggedResults.BadRequest(problem);
        }

        await data.StoreAsync();
        var query = q ?? string.Empty;
        var results = await data.Search.SearchAsync(new SearchRequest(query, paging!.Limit, paging.Offset, start, end, outlet), cancellationToken);
        return TaggedResults.Json(context, new SearchResponse(query, results.Items, results.Total, paging.Limit, paging.Offset));
    }
}

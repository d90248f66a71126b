using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Storyline.Store.Stories;
using Storyline.Web.Hosting;

namespace Storyline.Web.Api;

/// <summary><c>GET /api/facets</c>: the places, entities and outlets the stories list can be filtered by, with story counts.</summary>
internal static class FacetEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/facets", async (HttpContext context, StorylineData data, CancellationToken cancellationToken) =>
        {
            await data.StoreAsync();
            return TaggedResults.Json(context, await data.Catalog.FacetsAsync(cancellationToken));
        })
        .WithName("Facets")
        .WithSummary("Filter values with the number of stories carrying each; pass key (or name) as place=, entity=, outlet=")
        .Produces<StoryFacets>(contentType: TaggedResults.JsonType);
}

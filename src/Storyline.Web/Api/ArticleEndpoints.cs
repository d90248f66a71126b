using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Storyline.Core.Serialization;
using Storyline.Web.Hosting;

namespace Storyline.Web.Api;

/// <summary>
/// <c>GET /api/articles/{id}</c>: the article JSON (as <c>articles show --json</c>) plus the story it
/// is in and its annotations, the language pipeline run on the stored text (a few milliseconds).
/// </summary>
internal static class ArticleEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/articles/{id:long}", GetAsync)
            .WithName("GetArticle")
            .WithSummary("One article: text, metadata, its story, and entity, place, time, figure, claim and attribution spans")
            .Produces<ArticleJson>(contentType: TaggedResults.JsonType)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> GetAsync(HttpContext context, StorylineData data, long id, CancellationToken cancellationToken)
    {
        var store = await data.StoreAsync();
        if (await store.GetAsync(id, cancellationToken: cancellationToken) is not { } stored)
        {
            return TaggedResults.NotFound($"No article {id}.");
        }

        var annotated = data.Pipeline.Run(stored.Document);
        var stories = await data.Catalog.StoriesOfAsync([id], cancellationToken);
        var article = JsonSerializer.SerializeToNode(ArticleJson.From(stored.Document, stored.Id, stored.Version, stored.ContentHash), StorylineJson.Options)!.AsObject();
        article["story_id"] = stories.TryGetValue(id, out var story) ? story : null;
        article["annotations"] = JsonSerializer.SerializeToNode(
            ArticleAnnotationsJson.From(annotated, id.ToString(CultureInfo.InvariantCulture)), StorylineJson.Options);
        return TaggedResults.Json(context, article);
    }
}

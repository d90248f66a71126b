using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Storyline.Web.Pages;

/// <summary>
/// Maps the app's page addresses to their static HTML shells in wwwroot; each shell loads its ES
/// module, which fetches the JSON API. The shells hold no data, so they are the same for every id.
/// </summary>
public static class PageRoutes
{
    /// <summary>Page address → shell file under wwwroot.</summary>
    public static IReadOnlyList<(string Route, string Shell)> Pages { get; } =
    [
        ("/", "index.html"),
        ("/stories/{id}", "story.html"),
        ("/articles/{id}", "article.html"),
        ("/search", "search.html"),
        ("/ingest", "ingest.html"),
    ];

    public static IEndpointRouteBuilder MapStorylinePages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        foreach (var (route, shell) in Pages)
        {
            app.MapGet(route, (IWebHostEnvironment environment) => Shell(environment, shell))
                .ExcludeFromDescription();
        }
        return app;
    }

    private static IResult Shell(IWebHostEnvironment environment, string shell)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(shell);
        if (!file.Exists)
        {
            return Results.Problem(
                detail: $"The page shell '{shell}' is missing from wwwroot ({environment.WebRootPath ?? "no web root"}); rebuild src/Storyline.Web.",
                statusCode: StatusCodes.Status500InternalServerError);
        }
        // Shells are tiny and change with each deploy: revalidate rather than cache stale module URLs.
        return Results.Stream(file.CreateReadStream(), "text/html; charset=utf-8", lastModified: file.LastModified);
    }
}

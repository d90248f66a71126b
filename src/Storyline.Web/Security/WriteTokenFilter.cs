using Microsoft.AspNetCore.Http;
using Storyline.Web.Hosting;

namespace Storyline.Web.Security;

/// <summary>
/// Guards a write endpoint: <c>Authorization: Bearer TOKEN</c> must carry the configured token
/// (401 without it or with another one); with no token configured every write is refused (403).
/// Runs before the body is read, so an unauthenticated client cannot make the server read a large body.
/// </summary>
internal sealed class WriteTokenFilter(StorylineData data) : IEndpointFilter
{
    private const string Scheme = "Bearer ";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (data.Options.WriteToken is not { } expected)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Writes are disabled",
                detail: "This server has no write token configured (set STORYLINE_TOKEN or pass --token-file to `storyline serve`).");
        }

        var header = http.Request.Headers.Authorization.ToString();
        var presented = header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : null;
        if (!WriteTokens.Matches(expected, presented))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unauthorized",
                detail: presented is null ? "This endpoint needs Authorization: Bearer <token>." : "The bearer token is not valid.");
        }

        return await next(context);
    }
}

using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Storyline.Core.Serialization;

namespace Storyline.Web.Api;

/// <summary>
/// GET responses with a strong ETag (a hash of the exact bytes sent), answering 304 Not Modified
/// when the client's If-None-Match already names it. Clients must revalidate (no-cache), so a
/// story changed by an ingest is never served stale.
/// </summary>
internal static class TaggedResults
{
    public const string JsonType = "application/json; charset=utf-8";

    public static IResult Json<T>(HttpContext context, T value) =>
        Bytes(context, JsonSerializer.SerializeToUtf8Bytes(value, StorylineJson.Options), JsonType);

    /// <param name="download">A file name: the response is sent as an attachment with that name.</param>
    public static IResult Bytes(HttpContext context, byte[] body, string contentType, string? download = null) =>
        Tagged(context, body, Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)), contentType, download);

    /// <summary>Like <see cref="Bytes"/>, with the tag given by the caller (a stored version of exactly these bytes) instead of hashed here.</summary>
    public static IResult Tagged(HttpContext context, byte[] body, string version, string contentType, string? download = null)
    {
        var tag = new EntityTagHeaderValue("\"" + version + "\"");
        var response = context.Response;
        response.Headers.ETag = tag.ToString();
        response.Headers.CacheControl = "no-cache";
        var ifNoneMatch = context.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        if (download is not null)
        {
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = download }.ToString();
        }

        return Results.Bytes(body, contentType);
    }

    public static IResult NotFound(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    public static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);
}

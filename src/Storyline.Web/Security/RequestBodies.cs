using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Storyline.Web.Security;

/// <summary>Reads a request body up to a limit, so an oversized body is refused (413) without being held in memory.</summary>
internal static class RequestBodies
{
    /// <summary>Largest request body a write accepts.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>The body, or null when it is larger than <see cref="MaxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBytes + 1;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }

    public static IResult TooLarge() => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large",
        detail: $"Request bodies are limited to {MaxBytes / 1024 / 1024} MiB; send fewer items per request.");
}

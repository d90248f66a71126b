using System.Net;

namespace Storyline.Ingest.Fetching;

/// <summary>A fetch failed for a reason worth showing the user as is ("HTTP 404 (Not Found)", "timed out after 20 s").</summary>
public sealed class FetchFailedException(string message, Exception? inner = null, HttpStatusCode? status = null) : Exception(message, inner)
{
    /// <summary>The HTTP status when the server answered with an error; null for network failures.</summary>
    public HttpStatusCode? Status { get; } = status;
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Storyline.Core.Extraction;
using Storyline.Core.Serialization;
using Storyline.Ingest;
using Storyline.Ingest.Pipeline;
using Storyline.Store;
using Storyline.Web.Hosting;
using Storyline.Web.Security;

namespace Storyline.Web.Api;

/// <summary>
/// <c>POST /api/ingest</c> (bearer token): URLs, feeds and pasted texts through the same ingest
/// pipeline as <c>storyline ingest</c> (fetch guards included: private and loopback addresses are
/// refused unless the server allows them), then the stories refreshed. One bad item is reported
/// and never stops the batch. <c>POST /api/index/rebuild</c> (token) rebuilds the search indexes.
/// </summary>
internal static class IngestEndpoints
{
    /// <summary>Items per request: enough for a feed list or a pasted batch, small enough to answer within a request's time.</summary>
    public const int MaxItems = 100;

    private static readonly JsonSerializerOptions LineOptions = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/ingest", IngestAsync)
            .AddEndpointFilter<WriteTokenFilter>()
            .WithName("Ingest")
            .WithSummary("Ingest URLs, feeds and pasted texts (Authorization: Bearer TOKEN; body at most 2 MiB)")
            .Accepts<IngestRequest>("application/json")
            .Produces<IngestResponse>(contentType: TaggedResults.JsonType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        api.MapPost("/index/rebuild", RebuildAsync)
            .AddEndpointFilter<WriteTokenFilter>()
            .WithName("RebuildIndex")
            .WithSummary("Rebuild the search indexes from the store (Authorization: Bearer TOKEN)")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> IngestAsync(HttpContext context, StorylineData data, CancellationToken cancellationToken)
    {
        if (await RequestBodies.ReadAsync(context.Request, cancellationToken) is not { } body)
        {
            return RequestBodies.TooLarge();
        }

        IngestRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<IngestRequest>(body, StorylineJson.Options);
        }
        catch (JsonException e)
        {
            return TaggedResults.BadRequest($"The body is not a valid ingest request: {e.Message}");
        }

        var urls = (request?.Urls ?? []).Concat(request?.Feeds ?? []).ToList();
        var texts = request?.Texts ?? [];
        if (urls.Count + texts.Count == 0)
        {
            return TaggedResults.BadRequest("Nothing to ingest: give urls, feeds or texts.");
        }

        if (urls.Count + texts.Count > MaxItems)
        {
            return TaggedResults.BadRequest($"At most {MaxItems} urls, feeds and texts per request.");
        }

        var results = new List<IngestItemResult>();
        var inputs = new List<string>();
        foreach (var url in urls)
        {
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                inputs.Add(uri.AbsoluteUri);
            }
            else
            {
                results.Add(new IngestItemResult(url ?? string.Empty, "failed", null, "not an absolute http(s) URL"));
            }
        }

        var positions = new List<int>();
        var lines = TextLines(texts, results, positions);
        if (lines.Length > 0)
        {
            inputs.Add("-");
        }

        await data.WriteGate.WaitAsync(cancellationToken);
        try
        {
            var store = await data.StoreAsync();
            var pipeline = new IngestPipeline(
                new InputReader(new IngestOptions { AllowPrivate = data.Options.AllowPrivateAddresses }),
                new ArticleExtractor(),
                store,
                parallelism: Math.Clamp(Environment.ProcessorCount, 1, 4),
                annotator: data.Pipeline);
            var annotated = new AnnotatedDocuments();
            var savedIds = new HashSet<long>();
            if (inputs.Count > 0)
            {
                await pipeline.RunAsync(inputs, new StringReader(lines), outcome =>
                {
                    var origin = TextOrigin(outcome.Origin, positions);
                    results.Add(outcome switch
                    {
                        SavedItem saved => new IngestItemResult(
                            origin, saved.Result.Outcome == SaveOutcome.Duplicate ? "unchanged" : "saved", saved.Result.ArticleId, null),
                        FailedIngestItem failed => new IngestItemResult(origin, "failed", null, failed.Problem),
                        _ => new IngestItemResult(origin, "failed", null, "unknown outcome"),
                    });
                    if (outcome is SavedItem { } item)
                    {
                        savedIds.Add(item.Result.ArticleId);
                        annotated.Add(item);
                    }
                }, cancellationToken);
            }

            // The refresh is the store's consistency step: finish it even if the client goes away.
            await (await data.RefresherAsync()).RefreshAsync(annotated.Documents, CancellationToken.None);
            var stories = await data.Catalog.StoriesOfAsync(savedIds, cancellationToken);
            return TaggedResults.Json(context, new IngestResponse(results, [.. stories.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]));
        }
        finally
        {
            data.WriteGate.Release();
        }
    }

    private static async Task<IResult> RebuildAsync(HttpContext context, StorylineData data, CancellationToken cancellationToken)
    {
        await data.WriteGate.WaitAsync(cancellationToken);
        try
        {
            await data.StoreAsync();
            await data.Search.RebuildAsync(cancellationToken);
            return TaggedResults.Json(context, new { rebuilt = true });
        }
        finally
        {
            data.WriteGate.Release();
        }
    }

    /// <summary>Pasted texts as JSON Lines for the reader's standard input; an empty text is reported and left out.</summary>
    /// <param name="positions">Filled with the position in <paramref name="texts"/> of each line written.</param>
    private static string TextLines(IReadOnlyList<IngestText> texts, List<IngestItemResult> results, List<int> positions)
    {
        var lines = new StringBuilder();
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i];
            if (string.IsNullOrWhiteSpace(text?.Text))
            {
                results.Add(new IngestItemResult(Origin(i), "failed", null, "the text is empty"));
                continue;
            }

            positions.Add(i);
            lines.Append(JsonSerializer.Serialize(new { text = text.Text, title = text.Title, outlet = text.Outlet, published = text.Published }, LineOptions));
            lines.Append('\n');
        }

        return lines.ToString();
    }

    /// <summary>"stdin:3" (the reader's name for line 3 of the pasted texts) as "texts[i]", i the position of that text in the request.</summary>
    private static string TextOrigin(string origin, List<int> positions) =>
        origin.StartsWith("stdin:", StringComparison.Ordinal)
        && int.TryParse(origin.AsSpan("stdin:".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var line)
        && line >= 1 && line <= positions.Count
            ? Origin(positions[line - 1])
            : origin;

    private static string Origin(int index) => string.Create(CultureInfo.InvariantCulture, $"texts[{index}]");
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Storyline.Web.Tests.Api;

/// <summary>Writes: the token, the body limit, pasted texts and URLs through the real pipeline, each test on a store of its own.</summary>
public sealed class IngestEndpointsTests : IDisposable
{
    private readonly TestStore store = new();

    public void Dispose() => store.Dispose();

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-token")]
    [InlineData("Basic dGVzdA==")]
    [InlineData("Bearer ")]
    public async Task Writes_without_the_right_token_are_401(string? authorization)
    {
        using var host = new ApiHost(store.DatabasePath);
        using var client = host.CreateClient();

        foreach (var url in new[] { "/api/ingest", "/api/index/rebuild" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(new { texts = new[] { new { text = "x" } } }) };
            if (authorization is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        }
    }

    [Fact]
    public async Task Without_a_configured_token_every_write_is_refused()
    {
        using var host = new ApiHost(store.DatabasePath, token: null);
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = JsonContent.Create(new { texts = new[] { new { text = "x" } } }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "any-token-at-all");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_2_MiB_is_413()
    {
        using var host = new ApiHost(store.DatabasePath);
        using var client = Authorized(host);
        var huge = new string('a', (2 * 1024 * 1024) + 10);

        using var declared = await client.PostAsync("/api/ingest", new StringContent($"{{\"texts\":[{{\"text\":\"{huge}\"}}]}}", Encoding.UTF8, "application/json"));
        using var streamed = new HttpRequestMessage(HttpMethod.Post, "/api/ingest")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($"{{\"texts\":[{{\"text\":\"{huge}\"}}]}}"))),
        };
        streamed.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        streamed.Headers.TransferEncodingChunked = true;
        using var chunked = await client.SendAsync(streamed);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
    }

    [Fact]
    public async Task Pasted_texts_are_stored_placed_in_a_story_and_searchable_and_one_bad_item_stops_nothing()
    {
        using var host = new ApiHost(store.DatabasePath);
        using var client = Authorized(host);

        using var response = await client.PostAsJsonAsync("/api/ingest", new
        {
            urls = new[] { "not a url", "file:///etc/passwd" },
            texts = new object[]
            {
                new { text = string.Empty },
                new
                {
                    title = "Lanmere ferry halted after hull crack",
                    outlet = "Tidewater Post",
                    published = "2026-04-02T10:00:00+00:00",
                    text = "The Lanmere ferry was halted on Thursday after inspectors found a crack in its hull, the harbour authority said. "
                        + "About 300 commuters who cross the estuary each morning were told to take the coast road instead, and the authority "
                        + "said the crossing would stay closed for at least ten days while welders repaired the vessel in the Lanmere yard.",
                },
            },
        });

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(4, items.Count);
        Assert.Equal(3, items.Count(i => i.GetProperty("status").GetString() == "failed"));
        var saved = Assert.Single(items, i => i.GetProperty("status").GetString() == "saved");
        Assert.Equal("texts[1]", saved.GetProperty("origin").GetString());
        var storyId = Assert.Single(json.RootElement.GetProperty("stories").EnumerateArray()).GetString();

        var story = await ApiJson.GetAsync(client, $"/api/stories/{storyId}");
        Assert.Equal("Lanmere ferry halted after hull crack", story.GetProperty("title").GetString());
        var found = await ApiJson.GetAsync(client, "/api/search?q=welders");
        Assert.Equal(saved.GetProperty("article_id").GetInt64(), found.GetProperty("items")[0].GetProperty("article_id").GetInt64());

        using var again = await client.PostAsJsonAsync("/api/ingest", new
        {
            texts = new[] { new { text = "The Lanmere ferry was halted on Thursday after inspectors found a crack in its hull, the harbour authority said. "
                + "About 300 commuters who cross the estuary each morning were told to take the coast road instead, and the authority "
                + "said the crossing would stay closed for at least ten days while welders repaired the vessel in the Lanmere yard.",
                title = "Lanmere ferry halted after hull crack", outlet = "Tidewater Post", published = "2026-04-02T10:00:00+00:00" } },
        });
        using var second = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.Equal("unchanged", second.RootElement.GetProperty("items")[0].GetProperty("status").GetString());
        Assert.Equal(1, (await ApiJson.GetAsync(client, "/api/stories")).GetProperty("total").GetInt32());

        using var rebuild = await client.PostAsync("/api/index/rebuild", null);
        Assert.Equal(HttpStatusCode.OK, rebuild.StatusCode);
        Assert.Equal(1, (await ApiJson.GetAsync(client, "/api/search?q=welders")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_loopback_url_is_refused_unless_private_addresses_are_allowed()
    {
        await using var site = await FictionalSite.StartAsync();

        using (var host = new ApiHost(store.DatabasePath))
        using (var client = Authorized(host))
        {
            var refused = await PostUrlAsync(client, site.PageUrl);
            Assert.Equal("failed", refused.GetProperty("status").GetString());
            Assert.Contains("loopback", refused.GetProperty("problem").GetString()!, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(0, site.PageRequests);
        }

        using (var host = new ApiHost(store.DatabasePath, allowPrivate: true))
        using (var client = Authorized(host))
        {
            var fetched = await PostUrlAsync(client, site.PageUrl);
            Assert.True(fetched.GetProperty("status").GetString() == "saved", fetched.ToString());
            Assert.Equal(1, site.PageRequests);
        }
    }

    private static async Task<JsonElement> PostUrlAsync(HttpClient client, string url)
    {
        using var response = await client.PostAsJsonAsync("/api/ingest", new { urls = new[] { url } });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("items")[0].Clone();
    }

    private static HttpClient Authorized(ApiHost host)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiHost.Token);
        return client;
    }

    /// <summary>A real HTTP server on 127.0.0.1 serving one fictional report (and no robots.txt).</summary>
    private sealed class FictionalSite : IAsyncDisposable
    {
        private readonly HttpListener listener;
        private readonly Task serving;
        private int pageRequests;

        private FictionalSite(HttpListener listener, int port)
        {
            this.listener = listener;
            PageUrl = $"http://127.0.0.1:{port}/2026/lanmere-bridge.html";
            serving = Task.Run(ServeAsync);
        }

        public string PageUrl { get; }

        public int PageRequests => Volatile.Read(ref pageRequests);

        public static Task<FictionalSite> StartAsync()
        {
            for (var attempt = 0; ; attempt++)
            {
                var port = FreePort();
                var listener = new HttpListener();
                listener.Prefixes.Add($"http://127.0.0.1:{port}/");
                try
                {
                    listener.Start();
                    return Task.FromResult(new FictionalSite(listener, port));
                }
                catch (HttpListenerException) when (attempt < 5)
                {
                    listener.Close();
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            listener.Stop();
            listener.Close();
            try
            {
                await serving;
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
            }
        }

        private async Task ServeAsync()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                var isPage = context.Request.Url!.AbsolutePath == "/2026/lanmere-bridge.html";
                if (isPage)
                {
                    Interlocked.Increment(ref pageRequests);
                }

                var body = Encoding.UTF8.GetBytes(isPage ? Page : "not found");
                context.Response.StatusCode = isPage ? 200 : 404;
                context.Response.ContentType = isPage ? "text/html; charset=utf-8" : "text/plain";
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
        }

        private static int FreePort()
        {
            using var socket = new TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            return ((IPEndPoint)socket.LocalEndpoint).Port;
        }

        private const string Page = """
            <!doctype html>
            <html lang="en"><head><title>Lanmere bridge reopens after repairs</title>
            <meta property="og:site_name" content="Valley Courier">
            <meta property="article:published_time" content="2026-04-20T07:30:00+00:00"></head>
            <body><article><h1>Lanmere bridge reopens after repairs</h1>
            <p>The old stone bridge at Lanmere reopened to traffic on Monday after six weeks of repairs, the county roads office said.</p>
            <p>Engineers replaced two cracked arches and the parapet that a lorry struck in March, and the office said the bridge would carry
            buses again from next week. Shopkeepers on the market square said trade had fallen by a third while the detour was in place.</p>
            </article></body></html>
            """;
    }
}

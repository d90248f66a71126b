using System.Text;
using Storyline.Ingest.Fetching;
using Storyline.Ingest.Tests.Support;

namespace Storyline.Ingest.Tests.Fetching;

public sealed class HttpFetcherTests : IDisposable
{
    private const string Page = "<html><head><title>Quay works</title></head><body><p>Work on the quay began.</p></body></html>";

    private readonly TestServer _server = new(new()
    {
        ["/robots.txt"] = TestServer.Text("User-agent: *\nDisallow: /private/\n", "text/plain"),
        ["/page"] = TestServer.Text(Page),
        ["/other"] = TestServer.Text(Page),
        ["/private/page"] = TestServer.Text(Page),
        ["/gone"] = TestServer.Text("not here", "text/plain", 404),
        ["/r/0"] = TestServer.Text(Page),
        ["/r/1"] = TestServer.Redirect("/r/0"),
        ["/r/2"] = TestServer.Redirect("/r/1", 301),
        ["/r/3"] = TestServer.Redirect("/r/2", 307),
        ["/r/4"] = TestServer.Redirect("/r/3", 308),
        ["/r/5"] = TestServer.Redirect("/r/4", 303),
        ["/r/6"] = TestServer.Redirect("/r/5"),
        ["/to-file"] = TestServer.Redirect("file:///etc/passwd"),
        ["/slow"] = async (context, cancellationToken) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
            await TestServer.Text(Page)(context, cancellationToken);
        },
        ["/big"] = TestServer.Text(new string('x', 50_000), "text/plain"),
        ["/big-chunked"] = async (context, cancellationToken) =>
        {
            context.Response.SendChunked = true;
            context.Response.ContentType = "text/plain";
            var chunk = Encoding.ASCII.GetBytes(new string('y', 10_000));
            for (var i = 0; i < 5; i++)
            {
                await context.Response.OutputStream.WriteAsync(chunk, cancellationToken);
            }

            context.Response.Close();
        },
    });

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Loopback_is_refused_without_allow_private_and_nothing_reaches_the_server()
    {
        var items = await Read.AllAsync(Read.LocalOptions with { AllowPrivate = false }, _server.Url("/page").AbsoluteUri);

        var failure = Assert.IsType<FailedItem>(Assert.Single(items));
        Assert.Equal(_server.Url("/page").AbsoluteUri, failure.Origin);
        Assert.Equal("refused: 127.0.0.1 is a loopback address (use --allow-private)", failure.Problem);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Host_names_are_checked_after_dns_resolution()
    {
        var url = $"http://localhost:{_server.BaseUrl.Port}/page";
        var failure = Assert.IsType<FailedItem>(Assert.Single(await Read.AllAsync(Read.LocalOptions with { AllowPrivate = false }, url)));
        Assert.Matches(@"^refused: (127\.0\.0\.1|::1) is a loopback address \(use --allow-private\)$", failure.Problem);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Loopback_is_fetched_with_allow_private()
    {
        using var fetcher = new HttpFetcher(Read.LocalOptions);
        var page = await fetcher.FetchAsync(_server.Url("/page"), CancellationToken.None);
        Assert.Equal(Page, Encoding.UTF8.GetString(page.Body));
        Assert.Equal("text/html", page.MediaType);
        Assert.Equal("utf-8", page.Charset);
    }

    [Fact]
    public async Task Http_errors_name_the_status()
    {
        var error = await FetchFailureAsync("/gone");
        Assert.Equal("HTTP 404 (Not Found)", error);
    }

    [Fact]
    public async Task Redirects_are_followed_up_to_the_limit()
    {
        using var fetcher = new HttpFetcher(Read.LocalOptions with { MaxRedirects = 5 });
        var page = await fetcher.FetchAsync(_server.Url("/r/5"), CancellationToken.None);
        Assert.Equal(_server.Url("/r/0"), page.Url);

        var error = await FetchFailureAsync("/r/6", Read.LocalOptions with { MaxRedirects = 5 });
        Assert.Equal("redirect limit (5) exceeded", error);
    }

    [Fact]
    public async Task Redirects_to_other_schemes_are_refused()
    {
        Assert.Equal("refused: scheme \"file\" is not fetched (only http and https)", await FetchFailureAsync("/to-file"));
    }

    [Fact]
    public async Task Slow_responses_time_out()
    {
        var error = await FetchFailureAsync("/slow", Read.LocalOptions with { Timeout = TimeSpan.FromMilliseconds(300) });
        Assert.Equal("timed out after 0.3 s", error);
    }

    [Fact]
    public async Task Oversized_bodies_are_refused_by_declared_length_and_while_streaming()
    {
        var options = Read.LocalOptions with { MaxBytes = 20_000 };
        using var fetcher = new HttpFetcher(options);
        var declared = await Assert.ThrowsAsync<InputTooLargeException>(() => fetcher.FetchAsync(_server.Url("/big"), CancellationToken.None));
        Assert.Equal("response is 48.8 KB, larger than the 19.5 KB limit", declared.Message);
        var streamed = await Assert.ThrowsAsync<InputTooLargeException>(() => fetcher.FetchAsync(_server.Url("/big-chunked"), CancellationToken.None));
        Assert.Equal("response is larger than the 19.5 KB limit", streamed.Message);
    }

    [Fact]
    public async Task Robots_txt_is_fetched_once_per_host_and_obeyed()
    {
        using var fetcher = new HttpFetcher(Read.LocalOptions);
        await fetcher.FetchAsync(_server.Url("/page"), CancellationToken.None);
        await fetcher.FetchAsync(_server.Url("/other"), CancellationToken.None);
        var refused = await Assert.ThrowsAsync<FetchFailedException>(() => fetcher.FetchAsync(_server.Url("/private/page"), CancellationToken.None));

        Assert.Equal("disallowed by robots.txt (/private/page)", refused.Message);
        Assert.Equal(["/robots.txt", "/page", "/other"], _server.RequestedPaths);
    }

    [Fact]
    public async Task Robots_txt_can_be_ignored_when_configured()
    {
        using var fetcher = new HttpFetcher(Read.LocalOptions with { RespectRobots = false });
        await fetcher.FetchAsync(_server.Url("/private/page"), CancellationToken.None);
        Assert.Equal(["/private/page"], _server.RequestedPaths);
    }

    [Fact]
    public async Task Requests_to_one_host_keep_the_politeness_delay()
    {
        var delay = TimeSpan.FromMilliseconds(300);
        var started = DateTimeOffset.UtcNow;
        var items = await Read.AllAsync(
            Read.LocalOptions with { PerHostDelay = delay },
            _server.Url("/page").AbsoluteUri,
            _server.Url("/other").AbsoluteUri);

        Assert.All(items, i => Assert.IsType<SourceItem>(i));
        var times = _server.Requests.ToArray();
        Assert.Equal(["/robots.txt", "/page", "/other"], times.Select(t => t.Path));

        // Three requests to one host take at least two gaps. Only a lower bound is asserted: a busy
        // machine can delay a request's arrival but never make it early, while the spacing between
        // two arrivals can shrink when the first one is held up (the exact schedule is tested with a
        // fake clock in HostPolitenessTests).
        var lastArrival = times[2].At;
        Assert.True(lastArrival - started >= 2 * delay - TimeSpan.FromMilliseconds(50), $"the third request came {(lastArrival - started).TotalMilliseconds} ms after the start");
    }

    private async Task<string> FetchFailureAsync(string path, IngestOptions? options = null)
    {
        using var fetcher = new HttpFetcher(options ?? Read.LocalOptions);
        var error = await Assert.ThrowsAsync<FetchFailedException>(() => fetcher.FetchAsync(_server.Url(path), CancellationToken.None));
        return error.Message;
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Storyline.Ingest.Fetching;

/// <summary>
/// Fetches pages politely and safely: one pooled HttpClient; redirects followed by hand so every
/// hop is re-checked (scheme, robots.txt, politeness); the SSRF guard runs in the connect
/// callback on the resolved address, so neither DNS tricks nor redirects reach private hosts;
/// bodies are capped while streaming; each request has a timeout.
/// </summary>
public sealed class HttpFetcher : IDisposable
{
    private const long RobotsMaxBytes = 512 * 1024;

    private readonly IngestOptions _options;
    private readonly HttpClient _client;
    private readonly HostPoliteness _politeness;
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsPolicy>>> _robots = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _productToken;

    public HttpFetcher(IngestOptions options, TimeProvider? time = null)
    {
        _options = options;
        _politeness = new HostPoliteness(time ?? TimeProvider.System);
        _productToken = options.UserAgent.Split('/', ' ')[0];
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            UseCookies = false,
            // A proxy would connect on our behalf, past the address check in ConnectAsync.
            UseProxy = false,
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
    }

    /// <exception cref="FetchFailedException">HTTP error, timeout, redirect limit, refused address, robots.txt.</exception>
    /// <exception cref="InputTooLargeException">The body exceeds <see cref="IngestOptions.MaxBytes"/>.</exception>
    public Task<FetchedResource> FetchAsync(Uri url, CancellationToken cancellationToken) =>
        FetchAsync(url, _options.MaxBytes, obeyRobots: _options.RespectRobots, cancellationToken);

    public void Dispose() => _client.Dispose();

    private async Task<FetchedResource> FetchAsync(Uri url, long maxBytes, bool obeyRobots, CancellationToken cancellationToken)
    {
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            EnsureFetchable(current);
            var gap = _options.PerHostDelay;
            if (obeyRobots)
            {
                var robots = await RobotsFor(current).WaitAsync(cancellationToken).ConfigureAwait(false);
                if (!robots.IsAllowed(current.PathAndQuery))
                {
                    throw new FetchFailedException($"disallowed by robots.txt ({current.PathAndQuery})");
                }

                gap = robots.CrawlDelay is { } crawlDelay && crawlDelay > gap ? crawlDelay : gap;
            }

            await _politeness.WaitTurnAsync(current.Authority, gap, cancellationToken).ConfigureAwait(false);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.Timeout);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                if (RedirectTarget(current, response) is { } next)
                {
                    if (redirects >= _options.MaxRedirects)
                    {
                        throw new FetchFailedException($"redirect limit ({_options.MaxRedirects}) exceeded");
                    }

                    current = next;
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    var reason = string.IsNullOrEmpty(response.ReasonPhrase) ? string.Empty : $" ({response.ReasonPhrase})";
                    throw new FetchFailedException($"HTTP {(int)response.StatusCode}{reason}", status: response.StatusCode);
                }

                var headers = response.Content.Headers;
                if (headers.ContentEncoding.Count == 0 && headers.ContentLength is { } length && length > maxBytes)
                {
                    throw new InputTooLargeException(ByteSize.TooLarge("response", length, maxBytes));
                }

                var body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
                await using (body.ConfigureAwait(false))
                {
                    var bytes = await BoundedReader.ReadAllAsync(body, maxBytes, "response", timeout.Token).ConfigureAwait(false);
                    return new FetchedResource(current, bytes, headers.ContentType?.MediaType, headers.ContentType?.CharSet);
                }
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new FetchFailedException($"timed out after {FormatSeconds(_options.Timeout)}", e);
            }
            catch (HttpRequestException e)
            {
                throw new FetchFailedException(Describe(e), e);
            }
            catch (IOException e)
            {
                throw new FetchFailedException($"connection failed while reading: {e.Message}", e);
            }
        }
    }

    private static void EnsureFetchable(Uri url)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            throw new FetchFailedException($"refused: scheme \"{url.Scheme}\" is not fetched (only http and https)");
        }
    }

    private static Uri? RedirectTarget(Uri current, HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect))
        {
            return null;
        }

        // Resolve the raw header ourselves: a bare "/path" would otherwise parse as a file: URI on Unix.
        if (!response.Headers.TryGetValues("Location", out var values) || values.FirstOrDefault() is not { Length: > 0 } location)
        {
            throw new FetchFailedException($"HTTP {(int)response.StatusCode} redirect without a Location header");
        }

        return Uri.TryCreate(current, location, out var next)
            ? next
            : throw new FetchFailedException($"redirect to an invalid address: {location}");
    }

    private Task<RobotsPolicy> RobotsFor(Uri url)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        return _robots.GetOrAdd(origin, o => new Lazy<Task<RobotsPolicy>>(() => LoadRobotsAsync(new Uri(o + "/robots.txt")))).Value;
    }

    /// <summary>RFC 9309: a 4xx means no rules; an unreachable robots.txt means stay away for now.</summary>
    private async Task<RobotsPolicy> LoadRobotsAsync(Uri robotsUrl)
    {
        try
        {
            var robots = await FetchAsync(robotsUrl, RobotsMaxBytes, obeyRobots: false, CancellationToken.None).ConfigureAwait(false);
            return RobotsPolicy.Parse(Encoding.UTF8.GetString(robots.Body), _productToken);
        }
        catch (FetchFailedException e) when ((int?)e.Status is >= 400 and < 500)
        {
            return RobotsPolicy.AllowAll;
        }
        catch (InputTooLargeException)
        {
            return RobotsPolicy.AllowAll;
        }
        catch (FetchFailedException e) when (!CausedByRefusal(e))
        {
            throw new FetchFailedException($"robots.txt unreachable ({e.Message})", e);
        }
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        string? refusal = null;
        Exception? lastError = null;
        foreach (var address in addresses)
        {
            if (AddressGuard.Refusal(address, _options.AllowPrivate) is { } reason)
            {
                refusal ??= reason;
                continue;
            }

            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                lastError = e;
            }
        }

        if (refusal is not null && lastError is null)
        {
            throw new AddressRefusedException(refusal);
        }

        throw lastError ?? new SocketException((int)SocketError.HostNotFound);
    }

    private static bool CausedByRefusal(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is AddressRefusedException)
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(HttpRequestException e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case AddressRefusedException refused:
                    return refused.Message;
                case SocketException socket:
                    return socket.SocketErrorCode switch
                    {
                        SocketError.ConnectionRefused => "connection refused",
                        SocketError.HostNotFound or SocketError.NoData => "host not found",
                        _ => $"could not connect ({socket.Message})",
                    };
            }
        }

        return e.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => "host not found",
            HttpRequestError.SecureConnectionError => $"TLS handshake failed ({e.Message})",
            _ => e.Message,
        };
    }

    private static string FormatSeconds(TimeSpan span) =>
        span.TotalSeconds.ToString(span.TotalSeconds >= 1 ? "0.#" : "0.###", CultureInfo.InvariantCulture) + " s";
}

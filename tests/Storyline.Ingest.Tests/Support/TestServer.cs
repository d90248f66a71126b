using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Storyline.Ingest.Tests.Support;

/// <summary>A real HTTP server on 127.0.0.1 (HttpListener on a free port) that records every request it receives.</summary>
public sealed class TestServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, Func<HttpListenerContext, CancellationToken, Task>> _routes;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    public TestServer(Dictionary<string, Func<HttpListenerContext, CancellationToken, Task>> routes)
    {
        _routes = routes;
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUrl.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    public Uri BaseUrl { get; }

    public ConcurrentQueue<(string Path, DateTimeOffset At)> Requests { get; } = new();

    public Uri Url(string path) => new(BaseUrl, path);

    public IReadOnlyList<string> RequestedPaths => Requests.Select(r => r.Path).ToList();

    public static Func<HttpListenerContext, CancellationToken, Task> Text(string body, string contentType = "text/html; charset=utf-8", int status = 200) =>
        Bytes(Encoding.UTF8.GetBytes(body), contentType, status);

    public static Func<HttpListenerContext, CancellationToken, Task> Bytes(byte[] body, string? contentType, int status = 200) =>
        async (context, cancellationToken) =>
        {
            context.Response.StatusCode = status;
            if (contentType is not null)
            {
                context.Response.ContentType = contentType;
            }

            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body, cancellationToken);
            context.Response.Close();
        };

    public static Func<HttpListenerContext, CancellationToken, Task> Redirect(string location, int status = 302) =>
        (context, _) =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers["Location"] = location;
            context.Response.Close();
            return Task.CompletedTask;
        };

    public void Dispose()
    {
        _stopping.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
            // The accept loop ends by the listener closing under it.
        }

        _stopping.Dispose();
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.PathAndQuery;
        Requests.Enqueue((path, DateTimeOffset.UtcNow));
        try
        {
            if (_routes.TryGetValue(path, out var handler))
            {
                await handler(context, _stopping.Token);
            }
            else
            {
                context.Response.StatusCode = 404;
                context.Response.Close();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client gave up (timeout tests) or the server is stopping.
        }
    }
}

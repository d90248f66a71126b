namespace Storyline.Ingest;

/// <summary>Every knob of reading and fetching, in one place, with its default and why.</summary>
public sealed record IngestOptions
{
    /// <summary>Fetching private, loopback and link-local addresses is refused unless this is set (SSRF guard).</summary>
    public bool AllowPrivate { get; init; }

    /// <summary>Whole-request timeout per fetch.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Redirects followed before giving up.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Largest body read from the network or disk; larger inputs fail with a clear message.</summary>
    public long MaxBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Minimum gap between two requests to the same host (politeness); robots.txt Crawl-delay may raise it.</summary>
    public TimeSpan PerHostDelay { get; init; } = TimeSpan.FromSeconds(1);

    public bool RespectRobots { get; init; } = true;

    public string UserAgent { get; init; } = "Storyline/0.1 (+https://github.com/storyline-news/storyline; news briefing engine)";
}

namespace Storyline.Web;

/// <summary>How <c>storyline serve</c> runs: which store, where it listens, and the token that unlocks writes.</summary>
public sealed record WebOptions
{
    /// <summary>The SQLite store to serve.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>Loopback by default: the app is a reporter's local tool unless explicitly exposed.</summary>
    public string Host { get; init; } = "127.0.0.1";

    public int Port { get; init; } = 5150;

    /// <summary>The bearer token write endpoints require; null refuses every write.</summary>
    public string? WriteToken { get; init; }

    /// <summary>Lets ingest through the web fetch private and loopback addresses (tests, intranets).</summary>
    public bool AllowPrivateAddresses { get; init; }
}

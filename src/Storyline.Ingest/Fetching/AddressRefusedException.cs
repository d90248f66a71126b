namespace Storyline.Ingest.Fetching;

/// <summary>The SSRF guard refused to connect; the message names the address and why.</summary>
public sealed class AddressRefusedException(string message) : Exception(message);

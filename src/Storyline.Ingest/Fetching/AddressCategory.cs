namespace Storyline.Ingest.Fetching;

/// <summary>Where an IP address points, as far as the SSRF guard cares.</summary>
public enum AddressCategory
{
    Public,
    Private,
    Loopback,
    LinkLocal,
    Unspecified,
    Multicast,
}

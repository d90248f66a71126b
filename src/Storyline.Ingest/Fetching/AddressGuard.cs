using System.Net;
using System.Net.Sockets;

namespace Storyline.Ingest.Fetching;

/// <summary>
/// Classifies addresses for the SSRF guard. Checked on the address actually connected to (after
/// DNS), so a public name resolving to 127.0.0.1 or a redirect to an internal host is refused too.
/// </summary>
public static class AddressGuard
{
    private static ReadOnlySpan<byte> Nat64Prefix => [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0];

    public static AddressCategory Classify(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily == AddressFamily.InterNetwork ? ClassifyV4(address) : ClassifyV6(address);
    }

    /// <summary>Null when fetching from the address is allowed, else why not ("127.0.0.1 is a loopback address").</summary>
    public static string? Refusal(IPAddress address, bool allowPrivate)
    {
        var category = Classify(address);
        if (category == AddressCategory.Public || allowPrivate)
        {
            return null;
        }

        var description = category switch
        {
            AddressCategory.Private => "a private address",
            AddressCategory.Loopback => "a loopback address",
            AddressCategory.LinkLocal => "a link-local address",
            AddressCategory.Unspecified => "an unspecified address",
            _ => "a multicast or broadcast address",
        };
        return $"refused: {address} is {description} (use --allow-private)";
    }

    private static AddressCategory ClassifyV4(IPAddress address)
    {
        Span<byte> b = stackalloc byte[4];
        address.TryWriteBytes(b, out _);
        return b switch
        {
            [0, ..] => AddressCategory.Unspecified,                           // 0.0.0.0/8 "this network"
            [10, ..] => AddressCategory.Private,
            [100, >= 64 and <= 127, ..] => AddressCategory.Private,           // 100.64/10 carrier-grade NAT
            [127, ..] => AddressCategory.Loopback,
            [169, 254, ..] => AddressCategory.LinkLocal,
            [172, >= 16 and <= 31, ..] => AddressCategory.Private,
            [192, 168, ..] => AddressCategory.Private,
            [>= 224 and <= 239, ..] => AddressCategory.Multicast,
            [255, 255, 255, 255] => AddressCategory.Multicast,                // limited broadcast
            _ => AddressCategory.Public,
        };
    }

    private static AddressCategory ClassifyV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Any))
        {
            return AddressCategory.Unspecified;
        }

        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return AddressCategory.Loopback;
        }

        Span<byte> b = stackalloc byte[16];
        address.TryWriteBytes(b, out _);

        // 64:ff9b::/96 (NAT64) reaches the embedded IPv4 address, so that address decides.
        if (b[..12].SequenceEqual(Nat64Prefix))
        {
            return ClassifyV4(new IPAddress(b[12..]));
        }

        return b[0] switch
        {
            0xff => AddressCategory.Multicast,
            0xfe when (b[1] & 0xc0) == 0x80 => AddressCategory.LinkLocal,    // fe80::/10
            0xfe when (b[1] & 0xc0) == 0xc0 => AddressCategory.Private,      // fec0::/10, deprecated site-local
            0xfc or 0xfd => AddressCategory.Private,                         // fc00::/7 unique local
            _ => AddressCategory.Public,
        };
    }
}

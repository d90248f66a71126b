using System.Net;
using Storyline.Ingest.Fetching;

namespace Storyline.Ingest.Tests.Fetching;

public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("8.8.8.8", AddressCategory.Public)]
    [InlineData("93.184.216.34", AddressCategory.Public)]
    [InlineData("172.15.255.255", AddressCategory.Public)]
    [InlineData("172.32.0.1", AddressCategory.Public)]
    [InlineData("192.169.0.1", AddressCategory.Public)]
    [InlineData("100.63.255.255", AddressCategory.Public)]
    [InlineData("10.0.0.1", AddressCategory.Private)]
    [InlineData("10.255.255.255", AddressCategory.Private)]
    [InlineData("172.16.0.1", AddressCategory.Private)]
    [InlineData("172.31.255.254", AddressCategory.Private)]
    [InlineData("192.168.1.1", AddressCategory.Private)]
    [InlineData("100.64.0.1", AddressCategory.Private)]
    [InlineData("127.0.0.1", AddressCategory.Loopback)]
    [InlineData("127.255.0.9", AddressCategory.Loopback)]
    [InlineData("169.254.169.254", AddressCategory.LinkLocal)]
    [InlineData("0.0.0.0", AddressCategory.Unspecified)]
    [InlineData("224.0.0.1", AddressCategory.Multicast)]
    [InlineData("239.255.255.250", AddressCategory.Multicast)]
    [InlineData("255.255.255.255", AddressCategory.Multicast)]
    [InlineData("2001:4860:4860::8888", AddressCategory.Public)]
    [InlineData("::1", AddressCategory.Loopback)]
    [InlineData("::", AddressCategory.Unspecified)]
    [InlineData("fe80::1", AddressCategory.LinkLocal)]
    [InlineData("febf::1", AddressCategory.LinkLocal)]
    [InlineData("fc00::1", AddressCategory.Private)]
    [InlineData("fd12:3456::1", AddressCategory.Private)]
    [InlineData("ff02::1", AddressCategory.Multicast)]
    [InlineData("::ffff:127.0.0.1", AddressCategory.Loopback)]
    [InlineData("::ffff:192.168.0.1", AddressCategory.Private)]
    [InlineData("::ffff:8.8.4.4", AddressCategory.Public)]
    [InlineData("64:ff9b::7f00:1", AddressCategory.Loopback)]
    [InlineData("64:ff9b::a00:1", AddressCategory.Private)]
    [InlineData("64:ff9b::808:808", AddressCategory.Public)]
    public void Classifies_addresses(string address, AddressCategory expected)
    {
        Assert.Equal(expected, AddressGuard.Classify(IPAddress.Parse(address)));
    }

    [Fact]
    public void Refusal_names_the_address_the_reason_and_the_way_out()
    {
        Assert.Equal(
            "refused: 127.0.0.1 is a loopback address (use --allow-private)",
            AddressGuard.Refusal(IPAddress.Loopback, allowPrivate: false));
        Assert.Equal(
            "refused: 10.1.2.3 is a private address (use --allow-private)",
            AddressGuard.Refusal(IPAddress.Parse("10.1.2.3"), allowPrivate: false));
    }

    [Fact]
    public void Private_addresses_are_allowed_when_asked_and_public_ones_always()
    {
        Assert.Null(AddressGuard.Refusal(IPAddress.Loopback, allowPrivate: true));
        Assert.Null(AddressGuard.Refusal(IPAddress.Parse("8.8.8.8"), allowPrivate: false));
    }
}

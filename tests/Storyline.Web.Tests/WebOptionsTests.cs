namespace Storyline.Web.Tests;

public sealed class WebOptionsTests
{
    [Fact]
    public void Serves_loopback_only_and_refuses_writes_unless_told_otherwise()
    {
        var options = new WebOptions { DatabasePath = "store.db" };
        Assert.Equal("127.0.0.1", options.Host);
        Assert.Null(options.WriteToken);
        Assert.False(options.AllowPrivateAddresses);
    }
}

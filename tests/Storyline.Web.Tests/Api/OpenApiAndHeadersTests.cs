using System.Net;
using System.Text.Json;

namespace Storyline.Web.Tests.Api;

[Collection(DemoStoreCollection.Name)]
public sealed class OpenApiAndHeadersTests(DemoStoreFixture fixture)
{
    [Fact]
    public async Task The_openapi_document_lists_every_endpoint()
    {
        using var client = fixture.Host.CreateClient();

        var document = await ApiJson.GetAsync(client, "/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var path in new[]
        {
            "/api/stories", "/api/stories/{id}", "/api/stories/{id}/briefing.md", "/api/stories/{id}/briefing.html", "/api/stories/{id}/briefing.json",
            "/api/stories/{id}/figures.csv", "/api/stories/{id}/places.geojson", "/api/stories/{id}/timeline.json",
            "/api/articles/{id}", "/api/search", "/api/facets", "/api/ingest", "/api/index/rebuild",
        })
        {
            Assert.Contains(path, paths);
        }

        Assert.True(document.GetProperty("paths").GetProperty("/api/ingest").TryGetProperty("post", out _));
    }

    [Theory]
    [InlineData("/api/stories")]
    [InlineData("/api/nothing-here")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/api/search?q=ferry")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
            response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task An_unknown_api_path_is_a_404_problem()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }
}

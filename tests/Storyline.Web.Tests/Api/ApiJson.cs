using System.Net;
using System.Text.Json;

namespace Storyline.Web.Tests.Api;

/// <summary>GET helpers: the status must be the one expected, and the body is parsed as JSON.</summary>
internal static class ApiJson
{
    public static async Task<JsonElement> GetAsync(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }
}

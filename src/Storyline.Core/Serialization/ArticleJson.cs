using System.Text.Json;
using System.Text.Json.Serialization;
using Storyline.Core.Model;

namespace Storyline.Core.Serialization;

/// <summary>The public JSON shape of an article (snake_case), shared by the CLI, the API and exports.</summary>
public sealed record ArticleJson(
    long? Id,
    string? Url,
    string? CanonicalUrl,
    string? Outlet,
    string? Title,
    IReadOnlyList<string> Authors,
    DateTimeOffset? Published,
    DateTimeOffset? Updated,
    string? PublishedSource,
    string? Language,
    string? Standfirst,
    string Text,
    IReadOnlyList<string> Captions,
    string ContentHash,
    int? Version)
{
    public static ArticleJson From(Document document, long? id = null, int? version = null, string? contentHash = null)
    {
        var m = document.Metadata;
        return new ArticleJson(
            id,
            m.Url,
            m.CanonicalUrl,
            m.Outlet,
            m.Title,
            m.Authors.IsDefault ? [] : m.Authors,
            m.Published,
            m.Updated,
            m.PublishedSource,
            m.Language,
            m.Standfirst,
            document.Text,
            m.Captions.IsDefault ? [] : m.Captions,
            contentHash ?? Storyline.Core.Extraction.ContentHash.Of(document.Text),
            version);
    }
}

/// <summary>Serializer settings for every JSON Storyline prints: snake_case, ISO 8601 dates with offset.</summary>
public static class StorylineJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonSerializerOptions Indented { get; } = new(Options) { WriteIndented = true };
}

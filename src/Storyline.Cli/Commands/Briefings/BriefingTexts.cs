using System.Text.Json;
using System.Text.Json.Nodes;
using Storyline.Core.Briefings;
using Storyline.Core.Briefings.Rendering;
using Storyline.Core.Serialization;
using Storyline.Store.Stories;

namespace Storyline.Cli.Commands.Briefings;

/// <summary>One story's briefing as <c>brief</c> writes it: the story JSON object, Markdown and HTML.</summary>
internal sealed record BriefingTexts(string StoryId, string Title, int ArticleCount, string Json, string Markdown, string Html)
{
    /// <summary>The briefing the store keeps for <paramref name="storyId"/>, or null when it has none.</summary>
    public static async Task<BriefingTexts?> StoredAsync(StoryCatalog catalog, string storyId, CancellationToken cancellationToken)
    {
        if (await catalog.BriefingAsync(storyId, BriefingFormat.Json, cancellationToken) is not { } json)
        {
            return null;
        }

        using var story = System.Text.Json.JsonDocument.Parse(json);
        return new BriefingTexts(
            storyId,
            story.RootElement.GetProperty("title").GetString() ?? string.Empty,
            story.RootElement.GetProperty("articles").GetArrayLength(),
            json,
            await catalog.BriefingAsync(storyId, BriefingFormat.Markdown, cancellationToken) ?? string.Empty,
            await catalog.BriefingAsync(storyId, BriefingFormat.Html, cancellationToken) ?? string.Empty);
    }

    public static BriefingTexts From(Briefing briefing) => new(
        briefing.StoryId,
        briefing.Title,
        briefing.Articles.Length,
        JsonSerializer.Serialize(StoryBriefingJson.From(briefing), StorylineJson.Options),
        BriefingMarkdown.Render(briefing),
        BriefingHtml.Render(briefing));

    /// <summary>The briefing JSON document <c>{stories: [...]}</c>, indented.</summary>
    public static string JsonDocument(IEnumerable<BriefingTexts> briefings) =>
        new JsonObject { ["stories"] = new JsonArray([.. briefings.Select(b => JsonNode.Parse(b.Json))]) }.ToJsonString(StorylineJson.Indented);
}

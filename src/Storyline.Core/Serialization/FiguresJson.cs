using Storyline.Core.Reconciliation;

namespace Storyline.Core.Serialization;

/// <summary>The figures of a story as one JSON object: <c>{claims: [...], groups: [...]}</c>.</summary>
public sealed record FiguresJson(IReadOnlyList<ClaimJson> Claims, IReadOnlyList<ClaimGroupJson> Groups)
{
    public static FiguresJson From(StoryReconciliation reconciliation)
    {
        var byId = reconciliation.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        return new(
            [.. reconciliation.Claims.Select(ClaimJson.From)],
            [.. reconciliation.Groups.Select(g => ClaimGroupJson.From(g, byId))]);
    }
}

namespace Storyline.Web.Api;

/// <summary>limit and offset of a list request: limit defaults to 20 and is capped at 100, negatives are refused.</summary>
internal sealed record Paging(int Limit, int Offset)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>The page asked for, or the problem with it.</summary>
    public static (Paging? Paging, string? Problem) Parse(int? limit, int? offset) =>
        limit < 0 || offset < 0
            ? (null, "limit and offset must not be negative")
            : (new Paging(Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit), offset ?? 0), null);
}

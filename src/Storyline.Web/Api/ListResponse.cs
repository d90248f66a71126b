namespace Storyline.Web.Api;

/// <summary>A page of a list: the items, how many match in all, and the page asked for.</summary>
public sealed record ListResponse<T>(IReadOnlyList<T> Items, int Total, int Limit, int Offset);

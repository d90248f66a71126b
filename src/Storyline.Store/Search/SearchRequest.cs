namespace Storyline.Store.Search;

/// <summary>A search over articles: the user's words (any text: see <see cref="FtsQuery"/>), a page, and filters.</summary>
/// <param name="From">Articles published on or after this instant.</param>
/// <param name="To">Articles published before this instant.</param>
public sealed record SearchRequest(string Text, int Limit, int Offset = 0, DateTimeOffset? From = null, DateTimeOffset? To = null, string? Outlet = null);

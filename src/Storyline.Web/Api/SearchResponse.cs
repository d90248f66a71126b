using Storyline.Store.Search;

namespace Storyline.Web.Api;

/// <summary>A page of search hits. <see cref="Total"/> counts the ranked candidates, at most <see cref="ArticleSearch.Candidates"/>.</summary>
public sealed record SearchResponse(string Query, IReadOnlyList<SearchHit> Items, int Total, int Limit, int Offset);

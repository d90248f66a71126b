namespace Storyline.Core.Stories;

/// <summary>An article recognised as a copy of texts seen before.</summary>
/// <param name="ArticleId">The article just added.</param>
/// <param name="NearestId">The earlier article whose text is closest to it.</param>
/// <param name="Jaccard">Estimated Jaccard similarity of the two texts' word shingles.</param>
/// <param name="OriginId">The origin of the copy group after this article joined it (possibly this article, when it is the earliest).</param>
/// <param name="Agency">The agency some member of the group credits, when one does.</param>
public sealed record WireCopyMatch(string ArticleId, string NearestId, double Jaccard, string OriginId, string? Agency);

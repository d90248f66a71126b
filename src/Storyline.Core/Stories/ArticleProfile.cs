using System.Collections.Immutable;
using Storyline.Core.Extraction;
using Storyline.Core.Model;

namespace Storyline.Core.Stories;

/// <summary>
/// What story clustering needs of an article: its text in three fields (title, lead, body), the
/// entities and places it names (stable keys across articles) and when it was published.
/// </summary>
/// <param name="Id">The caller's id for the article (a store id, a URL, a corpus document number).</param>
/// <param name="ContentHash">Fingerprint of the body (<see cref="Extraction.ContentHash"/>): a story founded by this article takes its id from it.</param>
/// <param name="Lead">The opening of the body, which in news states the event.</param>
/// <param name="EntityKeys">Canonical entity keys, one per mention ("per:hun sen").</param>
/// <param name="PlaceKeys">Place keys, one per mention ("geonames:3936456").</param>
public sealed record ArticleProfile(
    string Id,
    string ContentHash,
    string? Title,
    string Lead,
    string Body,
    DateTimeOffset? Published,
    ImmutableArray<string> EntityKeys,
    ImmutableArray<string> PlaceKeys)
{
    private const int LeadWords = 60;

    /// <summary>
    /// The clustering view of an annotated document. Entities and places come from the
    /// EntityMentions (else Entities) and Places layers when the pipeline added them.
    /// </summary>
    public static ArticleProfile From(Document document, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hash = Extraction.ContentHash.Of(document.Text);
        var mentions = document.Get(Layers.EntityMentions);
        var entities = !mentions.IsEmpty
            ? mentions.Select(m => m.CanonicalKey)
            : document.Get(Layers.Entities).Where(e => e.Type != EntityType.Location).Select(e => $"{e.Type.ToString().ToLowerInvariant()[..3]}:{e.Text.ToLowerInvariant()}");
        var places = document.Get(Layers.Places).Select(p => p.Key);
        return Of(
            id ?? document.Metadata.CanonicalUrl ?? document.Metadata.Url ?? $"sha256:{hash}",
            hash,
            document.Metadata.Title,
            document.Text,
            document.Metadata.Published,
            entities,
            places);
    }

    /// <summary>The clustering view of an article known by its parts (a stored row, a generated article); the lead is taken from the body.</summary>
    public static ArticleProfile Of(
        string id, string contentHash, string? title, string body, DateTimeOffset? published, IEnumerable<string> entityKeys, IEnumerable<string> placeKeys) =>
        new(id, contentHash, title, LeadOf(body), body, published, [.. entityKeys], [.. placeKeys]);

    /// <summary>The first paragraphs of <paramref name="body"/> up to about <see cref="LeadWords"/> words.</summary>
    public static string LeadOf(string body)
    {
        var words = 0;
        foreach (var (start, length) in new WordSpans(body))
        {
            if (++words >= LeadWords)
            {
                var paragraphEnd = body.IndexOf("\n\n", start + length, StringComparison.Ordinal);
                var sentenceEnd = body.IndexOfAny(['.', '!', '?'], start + length);
                var end = sentenceEnd >= 0 && (paragraphEnd < 0 || sentenceEnd < paragraphEnd) ? sentenceEnd + 1 : paragraphEnd;
                return end < 0 ? body : body[..end];
            }
        }

        return body;
    }
}

using Storyline.Core.Model;
using Storyline.Store;

namespace Storyline.Ingest.Pipeline;

/// <summary>
/// The annotated documents of an ingest, by article id, handed to the story refresher so it does
/// not annotate them again. Bounded: past <see cref="Capacity"/> documents (a bulk ingest) the rest
/// are dropped and the refresher reads and annotates those back from the store, so memory stays flat.
/// </summary>
public sealed class AnnotatedDocuments(int capacity = AnnotatedDocuments.DefaultCapacity)
{
    public const int DefaultCapacity = 2_000;

    private readonly Dictionary<long, Document> documents = [];

    public int Capacity { get; } = capacity;

    public IReadOnlyDictionary<long, Document> Documents => documents;

    /// <summary>
    /// Keeps the document of a new article or a new version. A duplicate is left out: the store keeps
    /// the metadata of the copy it saw first (another URL, another time zone), and briefings are built
    /// from what the store holds.
    /// </summary>
    public void Add(SavedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var id = item.Result.ArticleId;
        if (item.Result.Outcome != SaveOutcome.Duplicate && (documents.Count < Capacity || documents.ContainsKey(id)))
        {
            documents[id] = item.Document;
        }
    }
}

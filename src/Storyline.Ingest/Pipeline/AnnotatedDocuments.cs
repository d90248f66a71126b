using Storyline.Core.Model;

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

    public void Add(long articleId, Document document)
    {
        if (documents.Count < Capacity || documents.ContainsKey(articleId))
        {
            documents[articleId] = document;
        }
    }
}

using Storyline.Core.Model;

namespace Storyline.Core.Extraction;

/// <summary>Turns one decoded input into a document: clean body text, paragraph layer and metadata.</summary>
public interface IArticleExtractor
{
    Document Extract(SourceDocument source);
}

using System.Text.Json;
using Storyline.Core.Extraction;

namespace Storyline.Eval.Clustering;

/// <summary>
/// A Multi-News JSON Lines file: one cluster per line, {"id", "documents": [raw page text, ...],
/// "summary"}. Each cluster is one event; documents are raw scraped text with boilerplate and carry
/// no publication date. Item ids are "&lt;cluster id&gt;#&lt;index&gt;".
/// </summary>
public static class MultiNewsClusteringSet
{
    public static IReadOnlyList<ClusteringItem> Read(string path)
    {
        var items = new List<ClusteringItem>();
        foreach (var record in MultiNewsFile.Read(path))
        {
            var index = 0;
            foreach (var document in record.Documents)
            {
                var itemId = $"{record.Id}#{index++}";
                items.Add(new ClusteringItem(itemId, [record.Id], SourceDocument.PlainText(document, itemId), null, null));
            }
        }

        return items;
    }
}

using System.Text;
using Storyline.Core.Model;

namespace Storyline.Core.Extraction;

/// <summary>Joins content blocks into the canonical text (blank line between blocks) and records each block as a paragraph span.</summary>
public static class DocumentAssembler
{
    public const string Producer = "extractor";

    public static Document Assemble(ExtractedContent content, ArticleMetadata metadata)
    {
        var text = new StringBuilder();
        var paragraphs = new List<Paragraph>(content.Blocks.Length);
        foreach (var block in content.Blocks)
        {
            if (string.IsNullOrWhiteSpace(block.Text))
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            var start = text.Length;
            text.Append(block.Text);
            paragraphs.Add(new Paragraph(new TextRange(start, text.Length), block.Kind));
        }

        var document = new Document(text.ToString(), metadata with
        {
            Standfirst = metadata.Standfirst ?? content.Standfirst,
            Captions = metadata.Captions.IsDefaultOrEmpty ? content.Captions : metadata.Captions,
        });
        return document.With(Layers.Paragraphs, paragraphs, Producer);
    }
}

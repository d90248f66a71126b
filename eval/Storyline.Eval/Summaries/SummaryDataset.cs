using System.Text.Json;
using Storyline.Core.Extraction;
using Storyline.Core.Language.Sentences;
using Storyline.Core.Language.Tokens;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;
using Storyline.Core.Summaries;
using Storyline.Eval.Rouge;

namespace Storyline.Eval.Summaries;

/// <summary>
/// Reads a summarisation set into <see cref="SummaryTopic"/>s: a MultiLing folder
/// (<c>source/M00TD.english</c> articles, <c>models/M00T.X.250</c> references) or a Multi-News JSON
/// Lines file (<c>{"id", "documents": [...], "summary"}</c>, raw scraped pages). Every article goes
/// through <see cref="ArticleExtractor"/> as plain text and then the standard pipeline, exactly as
/// ingest treats a scraped page.
/// </summary>
public sealed class SummaryDataset(ArticleExtractor extractor, DocumentPipeline pipeline)
{
    private readonly DocumentPipeline sentencePipeline = new PipelineBuilder().Add(new TokenStage()).Add(new SentenceStage()).Build();

    public string Kind { get; private set; } = "";

    public IReadOnlyList<SummaryTopic> Read(string path)
    {
        if (Directory.Exists(path))
        {
            Kind = "multiling";
            return ReadMultiLing(path);
        }

        if (File.Exists(path))
        {
            Kind = "multinews";
            return ReadMultiNews(path);
        }

        throw new DatasetMissingException(path, "neither a MultiLing folder nor a Multi-News JSON Lines file");
    }

    private List<SummaryTopic> ReadMultiLing(string folder)
    {
        var sourceFolder = Path.Combine(folder, "source");
        var models = PeerModelFolder.Read(folder).ModelFilesByTopic;
        if (!Directory.Exists(sourceFolder))
        {
            throw new DatasetMissingException(folder, "expected source/ with the topics' articles");
        }

        // M0012.english is article 2 of topic M001.
        var articles = Directory.EnumerateFiles(sourceFolder)
            .Select(file => (File: file, Name: Path.GetFileName(file).Split('.')[0]))
            .Where(a => a.Name.Length >= 2)
            .GroupBy(a => a.Name[..^1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.Name, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var topics = new List<SummaryTopic>();
        foreach (var (topic, references) in models.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!articles.TryGetValue(topic, out var files))
            {
                throw new DatasetMissingException(sourceFolder, $"topic {topic} has references but no articles");
            }

            var sources = files
                .Select(a => new StoryArticle(a.Name, Annotate(File.ReadAllText(a.File), a.File), Outlet: "WikiNews"))
                .ToList();
            topics.Add(new SummaryTopic(topic, sources, [.. references.Select(RougeSummary.FromFile)]));
        }

        return topics;
    }

    private List<SummaryTopic> ReadMultiNews(string file)
    {
        var topics = new List<SummaryTopic>();
        foreach (var record in MultiNewsFile.Read(file))
        {
            var sources = record.Documents
                .Select((text, i) => new StoryArticle($"{record.Id}#{i}", Annotate(text, $"{record.Id}#{i}")))
                .ToList();
            topics.Add(new SummaryTopic(record.Id, sources, [ReferenceSentences(record.Summary.TrimStart('\u2013', '-', ' '))]));
        }

        if (topics.Count == 0)
        {
            throw new DatasetMissingException(file, "no records");
        }

        return topics;
    }

    private Document Annotate(string text, string name) =>
        pipeline.Run(extractor.Extract(SourceDocument.PlainText(text, name)));

    /// <summary>A reference summary split into sentences by Storyline's segmenter, one ROUGE unit each.</summary>
    private RougeSummary ReferenceSentences(string text)
    {
        var document = sentencePipeline.Run(new Document(text, ArticleMetadata.Empty));
        return RougeSummary.FromSentences(document.Get(Layers.Sentences).Select(s => document.TextOf(s)));
    }
}

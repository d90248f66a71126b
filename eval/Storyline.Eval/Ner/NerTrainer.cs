using Storyline.Core.Language.Entities;
using Storyline.Core.Model;

namespace Storyline.Eval.Ner;

/// <summary>
/// Trains the entity tagger from CoNLL-2003 files (word column and entity tags only) and writes the
/// model file that ships as Resources/ner-model.bin.gz. Same files and options, same model.
/// </summary>
public static class NerTrainer
{
    public static NerTrainingResult Train(string trainPath, string validPath, NerTrainingOptions options)
    {
        var train = ToLabeled(ConllReader.Read(trainPath));
        var valid = ToLabeled(ConllReader.Read(validPath));
        return NerPerceptronTrainer.Train(train, valid, options);
    }

    public static void Save(NerModel model, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        using var file = File.Create(path);
        model.Save(file);
    }

    public static NerModel Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: entity model file not found.", path);
        }

        using var file = File.OpenRead(path);
        return NerModel.Load(file);
    }

    /// <summary>Gold BILOU tags from the file's IOB tags, chunked the conlleval way.</summary>
    public static IReadOnlyList<LabeledDocument> ToLabeled(ConllCorpus corpus) =>
        corpus.Documents.Select(document => new LabeledDocument(document.Sentences.Select(sentence =>
        {
            var spans = ConllChunks.Extract(sentence.Tags).Select(chunk =>
            {
                if (!BilouTags.TryParseType(chunk.Type, out var type))
                {
                    throw new InvalidDataException($"{corpus.Path}: unknown entity type '{chunk.Type}' (expected PER, ORG, LOC or MISC).");
                }

                return (chunk.Start, chunk.End, type);
            });
            return new LabeledSentence(sentence.Words, BilouTags.FromSpans(sentence.Words.Count, spans));
        }).ToArray())).ToArray();
}

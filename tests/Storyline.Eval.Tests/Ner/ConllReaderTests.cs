using Storyline.Eval.Ner;

namespace Storyline.Eval.Tests.Ner;

public sealed class ConllReaderTests
{
    [Fact]
    public void Reads_documents_sentences_words_and_last_column_tags()
    {
        const string text = "-DOCSTART- -X- -X- O\n\nMira NNP B-NP B-PER\nSolt NNP I-NP I-PER\nwins VBZ B-VP O\n\nHi UH O O\n\n-DOCSTART- -X- -X- O\n\nOslo NNP B-NP B-LOC\n";
        var corpus = ConllReader.Read(new StringReader(text), "fixture");

        Assert.Equal(2, corpus.Documents.Count);
        Assert.Equal(3, corpus.SentenceCount);
        Assert.Equal(["Mira", "Solt", "wins"], corpus.Documents[0].Sentences[0].Words);
        Assert.Equal(["B-PER", "I-PER", "O"], corpus.Documents[0].Sentences[0].Tags);
        Assert.Equal(5, corpus.TokenCount);
    }

    [Fact]
    public void Names_the_line_of_a_malformed_row_and_a_missing_file()
    {
        var error = Assert.Throws<InvalidDataException>(() => ConllReader.Read(new StringReader("Mira B-PER\nlonely\n"), "fixture"));
        Assert.Contains("fixture line 2", error.Message);
        Assert.Throws<DatasetMissingException>(() => ConllReader.Read("/nonexistent/conll.txt"));
    }

    [Fact]
    public void Converts_iob_tags_to_training_labels()
    {
        var corpus = ConllReader.Read(new StringReader("Mira B-PER\nSolt I-PER\nin O\nOslo I-LOC\n"), "fixture");
        var labeled = NerTrainer.ToLabeled(corpus);
        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC"], Core.Language.Entities.BilouTags.ToIob2(labeled[0].Sentences[0].Tags));
    }
}

namespace Storyline.Eval.Ner;

/// <summary>A CoNLL-2003 style file: documents of sentences, each word with its (IOB) entity tag.</summary>
public sealed record ConllCorpus(string Path, IReadOnlyList<ConllDocument> Documents)
{
    public int SentenceCount => Documents.Sum(d => d.Sentences.Count);

    public int TokenCount => Documents.Sum(d => d.Sentences.Sum(s => s.Words.Count));
}

public sealed record ConllDocument(IReadOnlyList<ConllSentence> Sentences);

/// <param name="Tags">The last column of each line: "O", "B-PER", "I-LOC"...</param>
public sealed record ConllSentence(IReadOnlyList<string> Words, IReadOnlyList<string> Tags);

namespace Storyline.Eval.Ner;

/// <summary>
/// Reads CoNLL-2003 files: one token per line with the word first and the entity tag last
/// (the POS and chunk columns in between are ignored: running text has none), a blank line
/// between sentences and a "-DOCSTART-" line between documents.
/// </summary>
public static class ConllReader
{
    private const string DocumentStart = "-DOCSTART-";

    public static ConllCorpus Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new DatasetMissingException(path, "CoNLL file not found (expected one token per line: WORD ... TAG).");
        }

        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static ConllCorpus Read(TextReader reader, string name)
    {
        var documents = new List<ConllDocument>();
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var lineNumber = 0;

        void EndSentence()
        {
            if (words.Count > 0)
            {
                sentences.Add(new ConllSentence([.. words], [.. tags]));
                words.Clear();
                tags.Clear();
            }
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0)
            {
                documents.Add(new ConllDocument([.. sentences]));
                sentences.Clear();
            }
        }

        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                EndSentence();
                continue;
            }

            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields[0] == DocumentStart)
            {
                EndDocument();
                continue;
            }

            if (fields.Length < 2)
            {
                throw new InvalidDataException($"{name} line {lineNumber}: expected 'WORD ... TAG', got '{line}'.");
            }

            words.Add(fields[0]);
            tags.Add(fields[^1]);
        }

        EndDocument();
        if (documents.Count == 0)
        {
            throw new DatasetMissingException(name, "no sentences in this CoNLL file.");
        }

        return new ConllCorpus(name, documents);
    }
}

namespace Storyline.Eval.Ner;

/// <summary>
/// Chunk boundaries exactly as conlleval.pl decides them, so that IOB1 ("I-" opens a chunk after
/// O or another type), IOB2 and IOE input are all read the way the shared-task scorer reads them.
/// </summary>
public static class ConllChunks
{
    /// <summary>Splits "B-PER" into ("B", "PER") and "O" into ("O", "").</summary>
    public static (string Tag, string Type) Split(string label)
    {
        var dash = label.IndexOf('-');
        return dash < 0 ? (label, "") : (label[..dash], label[(dash + 1)..]);
    }

    public static bool EndOfChunk(string previousTag, string tag, string previousType, string type) =>
        (previousTag == "B" && tag is "B" or "O")
        || (previousTag == "I" && tag is "B" or "O")
        || (previousTag == "E" && tag is "E" or "I" or "O")
        || (previousTag != "O" && previousTag != "." && previousType != type)
        || previousTag is "]" or "[";

    public static bool StartOfChunk(string previousTag, string tag, string previousType, string type) =>
        (previousTag is "B" or "I" or "O" && tag == "B")
        || (previousTag == "O" && tag is "I" or "E")
        || (previousTag == "E" && tag is "E" or "I")
        || (tag != "O" && tag != "." && previousType != type)
        || tag is "[" or "]";

    /// <summary>The chunks [Start, End) of one tag sequence, with their types.</summary>
    public static List<(int Start, int End, string Type)> Extract(IReadOnlyList<string> labels)
    {
        var chunks = new List<(int, int, string)>();
        var previous = ("O", "");
        var start = -1;
        for (var i = 0; i <= labels.Count; i++)
        {
            var current = i < labels.Count ? Split(labels[i]) : ("O", "");
            if (start >= 0 && EndOfChunk(previous.Item1, current.Item1, previous.Item2, current.Item2))
            {
                chunks.Add((start, i, previous.Item2));
                start = -1;
            }

            if (StartOfChunk(previous.Item1, current.Item1, previous.Item2, current.Item2))
            {
                start = i;
            }

            previous = current;
        }

        return chunks;
    }
}

using System.Text;

namespace Storyline.Eval.Rouge;

/// <summary>
/// A summary as ROUGE-1.5.5 reads it in SPL format: one sentence per line, each line as raw bytes
/// lowercased in ASCII only. The Perl script works on undecoded bytes, so text is held as Latin-1
/// characters (one char per byte): a non-ASCII letter is then as many non-word bytes as it has in
/// UTF-8, and byte limits count UTF-8 bytes, exactly as in the script.
/// </summary>
public sealed record RougeSummary(IReadOnlyList<string> Sentences)
{
    /// <summary>A summary file in SPL format: every non-empty line is a sentence (lines are chomped, not trimmed).</summary>
    public static RougeSummary FromFile(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return FromBytes(bytes);
    }

    public static RougeSummary FromBytes(ReadOnlySpan<byte> bytes)
    {
        var sentences = new List<string>();
        var text = Encoding.Latin1.GetString(bytes);
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var line = end < 0 ? text[start..] : text[start..end];
            if (line.Length > 0)
            {
                sentences.Add(LowercaseAscii(line));
            }

            start = end < 0 ? text.Length : end + 1;
        }

        return new RougeSummary(sentences);
    }

    /// <summary>Sentences given as ordinary strings (e.g. a summariser's output); line breaks inside one are kept as spaces.</summary>
    public static RougeSummary FromSentences(IEnumerable<string> sentences) =>
        new([.. sentences
            .Select(s => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(s.Replace('\n', ' '))))
            .Where(s => s.Length > 0)
            .Select(LowercaseAscii)]);

    private static string LowercaseAscii(string line) =>
        string.Create(line.Length, line, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
        });
}

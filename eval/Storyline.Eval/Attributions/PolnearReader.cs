using Storyline.Core.Model;

namespace Storyline.Eval.Attributions;

/// <summary>
/// Reads a PolNeAR split folder: <c>text/NAME.txt</c> and <c>attributions/NAME_ANNOTATOR.ann</c> in brat
/// standoff. T lines give Source, Cue, Content and Attribution spans ("start end" pairs joined by ";"
/// when discontinuous); E lines tie an Attribution to its Source, Cue and Content. An article annotated
/// by several annotators yields one <see cref="AnnotatedArticle"/> per annotation file.
/// </summary>
public static class PolnearReader
{
    public static IReadOnlyList<AnnotatedArticle> Read(string folder)
    {
        var textFolder = Path.Combine(folder, "text");
        var annotationFolder = Path.Combine(folder, "attributions");
        if (!Directory.Exists(textFolder) || !Directory.Exists(annotationFolder))
        {
            throw new DatasetMissingException(folder, "expected a PolNeAR split folder holding text/ and attributions/");
        }

        var articles = new List<AnnotatedArticle>();
        foreach (var annotationPath in Directory.EnumerateFiles(annotationFolder, "*.ann").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(annotationPath);
            var underscore = name.LastIndexOf('_');
            var textPath = Path.Combine(textFolder, (underscore > 0 ? name[..underscore] : name) + ".txt");
            if (!File.Exists(textPath))
            {
                throw new InvalidDataException($"{annotationPath}: its text {textPath} is missing.");
            }

            var text = File.ReadAllText(textPath);
            articles.Add(new AnnotatedArticle(name, text, ReadAnnotations(annotationPath, text)));
        }

        return articles;
    }

    public static IReadOnlyList<GoldAttribution> ReadAnnotations(string path, string text)
    {
        var spans = new Dictionary<string, IReadOnlyList<TextRange>>(StringComparer.Ordinal);
        var events = new List<Dictionary<string, string>>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                continue;
            }

            if (fields[0].StartsWith('T'))
            {
                var space = fields[1].IndexOf(' ');
                spans[fields[0]] = space > 0
                    ? ParseRanges(fields[1][(space + 1)..], path, lineNumber, text.Length)
                    : throw new InvalidDataException($"{path}:{lineNumber}: a text-bound annotation without offsets.");
            }
            else if (fields[0].StartsWith('E'))
            {
                events.Add(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(argument => argument.Split(':', 2))
                    .Where(parts => parts.Length == 2)
                    .GroupBy(parts => parts[0], StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal));
            }
        }

        IReadOnlyList<TextRange> Spans(Dictionary<string, string> arguments, string role) =>
            arguments.TryGetValue(role, out var id) && spans.TryGetValue(id, out var ranges) ? ranges : [];

        return events
            .Select(e => new GoldAttribution(Spans(e, "Cue"), Spans(e, "Source"), Spans(e, "Content"),
                string.Join(' ', Spans(e, "Content").Select(r => r.Of(text)))))
            .ToList();
    }

    private static List<TextRange> ParseRanges(string offsets, string path, int lineNumber, int textLength)
    {
        var ranges = new List<TextRange>();
        foreach (var pair in offsets.Split(';'))
        {
            var parts = pair.Trim().Split(' ');
            if (parts.Length != 2 || !int.TryParse(parts[0], out var start) || !int.TryParse(parts[1], out var end)
                || start < 0 || end < start || end > textLength)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: bad offsets '{pair}'.");
            }

            ranges.Add(new TextRange(start, end));
        }

        return ranges;
    }
}

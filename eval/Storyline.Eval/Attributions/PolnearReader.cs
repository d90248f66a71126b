using Storyline.Core.Model;

namespace Storyline.Eval.Attributions;

/// <summary>
/// Reads a PolNeAR split folder: <c>text/NAME.txt</c> and <c>attributions/NAME_ANNOTATOR.ann</c> in brat
/// standoff. T lines give Source, Cue, Content and Attribution spans ("start end" pairs joined by ";"
/// when discontinuous); E lines tie an Attribution to its Source, Cue and Content (a repeated role is
/// numbered, "Content2", and adds its spans). An article annotated
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
        var events = new List<List<(string Role, string Id)>>();
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
                    .Select(parts => (Role: RoleName(parts[0]), Id: parts[1]))
                    .ToList());
            }
        }

        // brat numbers a repeated role ("Content", "Content2"): every span of every numbered argument
        // belongs to the attribution, in text order.
        IReadOnlyList<TextRange> Spans(List<(string Role, string Id)> arguments, string role) =>
            arguments.Where(a => a.Role == role)
                .SelectMany(a => spans.TryGetValue(a.Id, out var ranges)
                    ? ranges
                    : throw new InvalidDataException($"{path}: an event refers to {a.Id}, which is not defined."))
                .Distinct()
                .OrderBy(r => r.Start)
                .ThenBy(r => r.End)
                .ToList();

        return events
            .Select(e => new GoldAttribution(Spans(e, "Cue"), Spans(e, "Source"), Spans(e, "Content"),
                string.Join(' ', Spans(e, "Content").Select(r => r.Of(text)))))
            .ToList();
    }

    /// <summary>The role of an event argument without brat's repetition number ("Content2" is a Content).</summary>
    private static string RoleName(string argument) => argument.TrimEnd("0123456789".ToCharArray());

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

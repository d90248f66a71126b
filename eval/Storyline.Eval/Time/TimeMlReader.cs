using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Storyline.Core.Model;

namespace Storyline.Eval.Time;

/// <summary>
/// Reads TimeML documents in the two layouts of the shared data: TimeML <c>.tml</c> files
/// (TimeBank, AQUAINT: inline TIMEX3 tags inside &lt;TEXT&gt;, the DCT a TIMEX3 with
/// functionInDocument="CREATION_TIME") and NewsReader CAT XML (MEANTIME: &lt;token&gt; elements and
/// TIMEX3 markables anchored to token ids). CAT tokens are joined by spaces, sentences by blank lines.
/// TIMEX3s that span no text (CAT's empty markables) and the creation time are not gold expressions.
/// MEANTIME annotates only the first sentences of each article (title and five sentences): the text
/// after the last sentence holding any markable is excluded from scoring, not read as timex-free.
/// </summary>
public static class TimeMlReader
{
    public static TimeMlDocument Read(string path)
    {
        XDocument xml;
        try
        {
            xml = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException error)
        {
            throw new InvalidDataException($"{path}: not well-formed XML ({error.Message}).", error);
        }

        var name = Path.GetFileNameWithoutExtension(path);
        return xml.Root?.Name.LocalName switch
        {
            "TimeML" => ReadTimeMl(name, xml, path),
            "Document" => ReadCat(name, xml, path),
            var other => throw new InvalidDataException($"{path}: root element <{other}> is neither TimeML nor CAT <Document>."),
        };
    }

    /// <summary>A TimeML file given as a string, for tests.</summary>
    public static TimeMlDocument ParseTimeMl(string name, string content) =>
        ReadTimeMl(name, XDocument.Parse(content, LoadOptions.PreserveWhitespace), name);

    private static TimeMlDocument ReadTimeMl(string name, XDocument xml, string path)
    {
        var text = xml.Root!.Descendants().FirstOrDefault(e => e.Name.LocalName == "TEXT")
            ?? throw new InvalidDataException($"{path}: no <TEXT> element.");
        var creation = xml.Root.Descendants()
            .FirstOrDefault(e => e.Name.LocalName == "TIMEX3" && (string?)e.Attribute("functionInDocument") == "CREATION_TIME");
        var builder = new StringBuilder();
        var timexes = ImmutableArray.CreateBuilder<GoldTimex>();
        Walk(text, builder, timexes);
        return new TimeMlDocument(name, builder.ToString(), ParseDay((string?)creation?.Attribute("value")), timexes.ToImmutable(), []);
    }

    private static void Walk(XElement element, StringBuilder builder, ImmutableArray<GoldTimex>.Builder timexes)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText textNode:
                    builder.Append(textNode.Value);
                    break;
                case XElement child:
                    var start = builder.Length;
                    Walk(child, builder, timexes);
                    if (child.Name.LocalName == "TIMEX3" && builder.Length > start
                        && (string?)child.Attribute("functionInDocument") != "CREATION_TIME")
                    {
                        var range = new TextRange(start, builder.Length);
                        timexes.Add(new GoldTimex(
                            range, builder.ToString(start, range.Length), (string?)child.Attribute("type") ?? "", (string?)child.Attribute("value") ?? ""));
                    }

                    break;
            }
        }
    }

    private static TimeMlDocument ReadCat(string name, XDocument xml, string path)
    {
        var tokens = xml.Root!.Elements().Where(e => e.Name.LocalName == "token").ToList();
        if (tokens.Count == 0)
        {
            throw new InvalidDataException($"{path}: a CAT document without <token> elements.");
        }

        var builder = new StringBuilder();
        var ranges = new Dictionary<string, TextRange>(StringComparer.Ordinal);
        var sentenceOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var sentenceStarts = new List<(string Sentence, int Start)>();
        string? sentence = null;
        foreach (var token in tokens)
        {
            var tokenSentence = (string?)token.Attribute("sentence");
            if (builder.Length > 0)
            {
                builder.Append(tokenSentence == sentence ? " " : "\n\n");
            }

            var start = builder.Length;
            if (tokenSentence != sentence || sentenceStarts.Count == 0)
            {
                sentenceStarts.Add((tokenSentence ?? "", start));
            }

            sentence = tokenSentence;
            builder.Append(token.Value);
            var id = (string?)token.Attribute("t_id") ?? "";
            ranges[id] = new TextRange(start, builder.Length);
            sentenceOf[id] = tokenSentence ?? "";
        }

        var text = builder.ToString();
        var timexes = ImmutableArray.CreateBuilder<GoldTimex>();
        var excluded = ImmutableArray.CreateBuilder<TextRange>();
        DateOnly? creation = null;
        foreach (var timex in xml.Root.Descendants().Where(e => e.Name.LocalName == "TIMEX3"))
        {
            var anchored = timex.Elements().Where(e => e.Name.LocalName == "token_anchor")
                .Select(a => ranges.TryGetValue((string?)a.Attribute("t_id") ?? "", out var r) ? r : (TextRange?)null)
                .OfType<TextRange>()
                .ToList();
            var isCreation = (string?)timex.Attribute("functionInDocument") == "CREATION_TIME";
            if (isCreation)
            {
                creation = ParseDay((string?)timex.Attribute("value"));
            }

            if (anchored.Count == 0)
            {
                continue;
            }

            var range = new TextRange(anchored.Min(r => r.Start), anchored.Max(r => r.End));
            if (isCreation)
            {
                excluded.Add(range);
                continue;
            }

            timexes.Add(new GoldTimex(range, range.Of(text), (string?)timex.Attribute("type") ?? "", (string?)timex.Attribute("value") ?? ""));
        }

        var annotated = xml.Root.Descendants().Where(e => e.Name.LocalName == "token_anchor")
            .Select(a => sentenceOf.GetValueOrDefault((string?)a.Attribute("t_id") ?? "")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var lastAnnotated = sentenceStarts.FindLastIndex(s => annotated.Contains(s.Sentence));
        if (lastAnnotated >= 0 && lastAnnotated + 1 < sentenceStarts.Count)
        {
            excluded.Add(new TextRange(sentenceStarts[lastAnnotated + 1].Start, text.Length));
        }

        timexes.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return new TimeMlDocument(name, text, creation, timexes.ToImmutable(), excluded.ToImmutable());
    }

    /// <summary>The day of a DCT value ("1998-01-08", "1998-01-08T10:30"), or null.</summary>
    private static DateOnly? ParseDay(string? value) =>
        value is { Length: >= 10 }
        && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}

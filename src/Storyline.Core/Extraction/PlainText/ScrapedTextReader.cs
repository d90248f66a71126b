using System.Collections.Immutable;
using System.Text;
using Storyline.Core.Model;

namespace Storyline.Core.Extraction.PlainText;

/// <summary>
/// Judges every line of a scraped news text as article or furniture, in passes that each visit a
/// line a bounded number of times (linear in the input): first each line on its own (furniture
/// rules, datelines, bylines, menus), then with its neighbours (repeated captions, lists under
/// "Most read", runs of menu words, the title at the top), and what is left is the body.
/// </summary>
public sealed class ScrapedTextReader(FurnitureRules rules, PlainTextLexicon lexicon, DatelineRecognizer dates, BylineParser bylines)
{
    /// <summary>The title is looked for among this many lines at the top.</summary>
    private const int TitleSearchLines = 40;

    private const int MaxTitleLength = 250;

    /// <summary>Headlines run to twenty-odd words at most; longer lines are prose or captions.</summary>
    private const int MaxTitleWords = 24;

    /// <summary>Captions repeated within this many lines are one caption printed twice.</summary>
    private const int CaptionRepeatDistance = 3;

    /// <summary>Bylines before this many body lines credit the article; later ones are signatures.</summary>
    private const int BylineBodyLines = 3;

    private const int MaxKeyedLength = 600;

    public static ScrapedTextReader Default { get; } = new(
        FurnitureRules.Default, PlainTextLexicon.Default, DatelineRecognizer.Default, BylineParser.Default);

    public ScrapedArticle Read(string text)
    {
        var lines = ScrapedLines.Split(text);
        var judged = new Judgement(lines);
        JudgeEachLine(judged);
        JudgeRepeats(judged);
        JudgeLists(judged);
        JudgeMenuRuns(judged);
        var title = JudgeTitle(judged);
        JudgeRest(judged);
        return Collect(judged, title);
    }

    private void JudgeEachLine(Judgement j)
    {
        for (var i = 0; i < j.Count; i++)
        {
            var line = j.Lines[i].Text;
            var verdict = rules.Judge(line);
            switch (verdict.Kind)
            {
                case LineVerdictKind.Furniture:
                    j.Roles[i] = LineRole.Furniture;
                    continue;
                case LineVerdictKind.ListHeader:
                    j.Roles[i] = LineRole.ListHeader;
                    continue;
                case LineVerdictKind.Caption:
                    j.Roles[i] = LineRole.Caption;
                    j.CaptionTexts[i] = verdict.Value ?? line;
                    continue;
                case LineVerdictKind.Outlet:
                    j.Roles[i] = LineRole.Outlet;
                    j.StatedOutlet ??= verdict.Value;
                    continue;
            }

            var found = dates.FindAll(line);
            if (found.Count > 0 && dates.IsDateline(line, found))
            {
                j.Roles[i] = LineRole.Dateline;
                j.Dates[i] = found;
                continue;
            }

            if (MayBeByline(line, j.Shapes[i]) && bylines.TryParse(WithoutDates(line, found)) is { } byline)
            {
                j.Roles[i] = LineRole.Byline;
                j.Bylines[i] = byline;
                j.Dates[i] = found;
                continue;
            }

            if (IsMenuLine(line))
            {
                j.Roles[i] = LineRole.Furniture;
            }
        }
    }

    /// <summary>
    /// A caption printed twice close together is kept once as a caption; any other line repeated
    /// later (a pull quote, a menu at the foot of the page) is furniture the second time.
    /// </summary>
    private void JudgeRepeats(Judgement j)
    {
        var firstByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < j.Count; i++)
        {
            if (j.Roles[i] is not (LineRole.Unjudged or LineRole.Caption) || j.Lines[i].Text.Length > MaxKeyedLength)
            {
                continue;
            }

            // Only caption lines can end with a credit: any other line with one was judged a caption.
            var key = KeyOf(j.Roles[i] == LineRole.Caption ? rules.WithoutCredit(j.Lines[i].Text) : j.Lines[i].Text);
            if (key.Length < 12)
            {
                continue;
            }

            if (!firstByKey.TryGetValue(key, out var first))
            {
                firstByKey[key] = i;
                continue;
            }

            var printedTwice = i - first <= CaptionRepeatDistance
                && (j.Roles[i] == LineRole.Caption || j.Roles[first] == LineRole.Caption || j.Shapes[i].IsSentence && j.Shapes[i].Words >= 4);
            if (printedTwice)
            {
                var longer = LongerOf(j.CaptionTexts[first] ?? j.Lines[first].Text, j.CaptionTexts[i] ?? j.Lines[i].Text);
                j.Roles[first] = LineRole.Caption;
                j.CaptionTexts[first] = longer;
                j.Roles[i] = LineRole.Caption;
                j.CaptionTexts[i] = null;
            }
            else if (j.Roles[i] == LineRole.Unjudged)
            {
                j.Roles[i] = LineRole.Furniture;
            }
            else
            {
                j.CaptionTexts[i] = null;
            }
        }
    }

    /// <summary>The short headline lines under "Most read" or "Related stories", up to the first real sentence.</summary>
    private void JudgeLists(Judgement j)
    {
        for (var i = 0; i < j.Count; i++)
        {
            if (j.Roles[i] != LineRole.ListHeader)
            {
                continue;
            }

            var k = i + 1;
            for (; k < j.Count; k++)
            {
                var role = j.Roles[k];
                if (role is LineRole.ListHeader)
                {
                    break;
                }

                if (role is LineRole.Furniture or LineRole.Caption)
                {
                    continue;
                }

                if (role is LineRole.Dateline or LineRole.Byline || role == LineRole.Unjudged && IsListItem(j.Lines[k].Text))
                {
                    j.Roles[k] = LineRole.ListItem;
                    continue;
                }

                break;
            }

            i = k - 1;
        }
    }

    /// <summary>Three or more short capitalised lines in a row ("Home", "World", "Climate") are a menu.</summary>
    private void JudgeMenuRuns(Judgement j)
    {
        var runStart = -1;
        var members = 0;
        for (var i = 0; i <= j.Count; i++)
        {
            var inRun = i < j.Count && (IsMenuItem(j, i) || runStart >= 0 && j.Roles[i] == LineRole.Furniture);
            if (inRun)
            {
                if (runStart < 0)
                {
                    runStart = i;
                    members = 0;
                }

                if (j.Roles[i] == LineRole.Unjudged)
                {
                    members++;
                }

                continue;
            }

            if (runStart >= 0 && members >= 3)
            {
                for (var k = runStart; k < i; k++)
                {
                    j.Roles[k] = j.Roles[k] == LineRole.Unjudged ? LineRole.Furniture : j.Roles[k];
                }
            }

            runStart = -1;
        }
    }

    /// <summary>
    /// The title is the first headline-shaped line at the top; what precedes it is furniture or
    /// the outlet's name, a bare name right under it is the byline, and later copies are dropped.
    /// </summary>
    private string? JudgeTitle(Judgement j)
    {
        var titleIndex = -1;
        for (var i = 0; i < j.Count && i < TitleSearchLines; i++)
        {
            if (j.Roles[i] != LineRole.Unjudged)
            {
                continue;
            }

            var line = j.Lines[i].Text;
            if (IsParagraph(line, j.Shapes[i]))
            {
                // The text starts with its body: there is no headline line to find.
                return null;
            }

            if (j.TopOutlet is null && j.Shapes[i].IsTitleCase && bylines.LooksLikeOutlet(line))
            {
                // The outlet's name printed above the headline ("The Harbour Times").
                j.Roles[i] = LineRole.Outlet;
                j.TopOutlet = line;
                continue;
            }

            if (IsTitleShaped(line, j.Shapes[i]))
            {
                titleIndex = i;
                break;
            }
        }

        if (titleIndex < 0)
        {
            return null;
        }

        for (var i = 0; i < titleIndex; i++)
        {
            if (j.Roles[i] != LineRole.Unjudged)
            {
                continue;
            }

            if (j.TopOutlet is null && bylines.LooksLikeOutlet(j.Lines[i].Text))
            {
                j.Roles[i] = LineRole.Outlet;
                j.TopOutlet = j.Lines[i].Text;
            }
            else
            {
                j.Roles[i] = LineRole.Furniture;
            }
        }

        var title = j.Lines[titleIndex].Text;
        j.Roles[titleIndex] = LineRole.Title;
        for (var i = titleIndex + 1; i < j.Count && i <= titleIndex + 3; i++)
        {
            // A bare name is a byline only where bylines sit: under the headline or next to the dateline.
            var bylinePlace = i == titleIndex + 1 || j.Roles[i - 1] == LineRole.Dateline || i + 1 < j.Count && j.Roles[i + 1] == LineRole.Dateline;
            if (j.Roles[i] == LineRole.Unjudged && bylinePlace && bylines.NameOf(j.Lines[i].Text) is { } name)
            {
                j.Roles[i] = LineRole.Byline;
                j.Bylines[i] = new Byline([name], null);
            }
            else if (j.Roles[i] == LineRole.Unjudged && j.TopOutlet is null && bylines.LooksLikeOutlet(j.Lines[i].Text)
                && !j.Shapes[i].EndsSentence)
            {
                j.Roles[i] = LineRole.Outlet;
                j.TopOutlet = j.Lines[i].Text;
            }
        }

        var titleKey = KeyOf(title);
        for (var i = titleIndex + 1; i < j.Count; i++)
        {
            if (j.Roles[i] == LineRole.Unjudged && j.Lines[i].Text.Length <= MaxTitleLength + 50 && KeyOf(j.Lines[i].Text) == titleKey)
            {
                j.Roles[i] = LineRole.Furniture;
            }
        }

        return title;
    }

    /// <summary>What no rule claimed: sentences are body, short lines before body are headings, the rest is furniture.</summary>
    private static void JudgeRest(Judgement j)
    {
        var nextContent = new int[j.Count];
        var next = -1;
        for (var i = j.Count - 1; i >= 0; i--)
        {
            nextContent[i] = next;
            if (j.Roles[i] == LineRole.Unjudged)
            {
                next = i;
            }
        }

        for (var i = 0; i < j.Count; i++)
        {
            if (j.Roles[i] != LineRole.Unjudged)
            {
                continue;
            }

            var shape = j.Shapes[i];
            var line = j.Lines[i].Text;
            if (shape.Letters == 0 || shape.Words == 1 && !shape.EndsSentence)
            {
                j.Roles[i] = LineRole.Furniture;
            }
            else if (shape.EndsSentence || line.EndsWith(':') || shape.LowercaseWords > 0 && line.Length > 60
                || IsBullet(line) && shape.LowercaseWords > 0 || shape.LowercaseWords > 0 && ContinuesOnNextLine(j, i))
            {
                j.Roles[i] = LineRole.Body;
            }
            else if (shape.LowercaseWords >= 2 && (IsShortPhrase(j, i - 1) || IsShortPhrase(j, i + 1)))
            {
                // "Avoid bad company" / "Read the life stories of great people": an unmarked list in the body.
                j.Roles[i] = LineRole.Body;
            }
            else if (shape.Words <= 14 && nextContent[i] is var k and >= 0 && IsSentenceLike(j, k))
            {
                j.Roles[i] = LineRole.Heading;
            }
            else
            {
                j.Roles[i] = LineRole.Furniture;
            }
        }
    }

    private ScrapedArticle Collect(Judgement j, string? title)
    {
        var blocks = ImmutableArray.CreateBuilder<ContentBlock>();
        var paragraph = new StringBuilder();
        var paragraphKind = ParagraphKind.Body;
        var lastIndex = -2;
        var joined = false;
        var wrapWidth = HardWrapWidth(j);
        var bodyLinesSeen = 0;
        var authors = new List<string>();
        var lateAuthors = new List<string>();
        string? bylineOutlet = null;
        DatelineMatch? published = null;
        DatelineMatch? unlabelled = null;
        DatelineMatch? updated = null;

        void Flush()
        {
            if (paragraph.Length > 0)
            {
                var text = paragraph.ToString();
                // A join of lines can spell what no single line did ("Comments" + "are closed").
                if (!joined || !rules.Judge(text).IsFurnitureLike)
                {
                    blocks.Add(new ContentBlock(text, paragraphKind));
                }

                paragraph.Clear();
                joined = false;
            }
        }

        for (var i = 0; i < j.Count; i++)
        {
            var role = j.Roles[i];
            var line = j.Lines[i];
            if (role is LineRole.Byline && j.Bylines[i] is { } byline)
            {
                var target = bodyLinesSeen < BylineBodyLines ? authors : lateAuthors;
                target.AddRange(byline.Authors.Where(a => !target.Contains(a)));
                bylineOutlet ??= byline.Outlet;
            }

            if (role is LineRole.Byline or LineRole.Dateline && j.Dates[i] is { } found)
            {
                foreach (var date in found)
                {
                    switch (date.Label)
                    {
                        case DateLabel.Published:
                            published ??= date;
                            break;
                        case DateLabel.Updated:
                            updated ??= date;
                            break;
                        default:
                            unlabelled ??= date;
                            break;
                    }
                }
            }

            if (role is not (LineRole.Body or LineRole.Heading))
            {
                continue;
            }

            bodyLinesSeen++;
            var kind = role == LineRole.Heading ? ParagraphKind.Heading : IsBullet(line.Text) ? ParagraphKind.ListItem : ParagraphKind.Body;
            var continues = paragraph.Length > 0 && lastIndex == i - 1 && !line.AfterBlank && kind == ParagraphKind.Body
                && paragraphKind == ParagraphKind.Body && !j.Lines[lastIndex].Text.EndsWith(':')
                && (StartsLowercase(line.Text) && !LineShape.EndsLikeSentence(j.Lines[lastIndex].Text)
                    || wrapWidth > 0 && j.Lines[lastIndex].Text.Length * 4 >= wrapWidth * 3 && !LineShape.EndsLikeSentence(j.Lines[lastIndex].Text));
            if (continues)
            {
                paragraph.Append(' ').Append(line.Text);
                joined = true;
            }
            else
            {
                Flush();
                paragraph.Append(line.Text);
                paragraphKind = kind;
            }

            lastIndex = i;
        }

        Flush();
        var captions = ImmutableArray.CreateBuilder<string>();
        var captionKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < j.Count; i++)
        {
            if (j.Roles[i] == LineRole.Caption && j.CaptionTexts[i] is { } caption && captionKeys.Add(KeyOf(rules.WithoutCredit(caption))))
            {
                captions.Add(caption);
            }
        }

        var credited = authors.Count > 0 ? authors : lateAuthors;
        var outlet = j.StatedOutlet ?? j.TopOutlet ?? bylineOutlet;
        return new ScrapedArticle(
            title,
            [.. credited.Where(a => !string.Equals(a, outlet, StringComparison.OrdinalIgnoreCase))],
            outlet,
            published ?? unlabelled,
            updated,
            blocks.ToImmutable(),
            captions.ToImmutable());
    }

    /// <summary>Bylines are short and mostly capitalised: "By Ana de la Cruz and Omar Said in Lisbon" has four lowercase words.</summary>
    private static bool MayBeByline(string line, LineShape shape) =>
        line.Length <= BylineParser.MaxBylineLength && shape.LowercaseWords <= 5 && shape.Words >= 2;

    private bool IsMenuLine(string line)
    {
        // Menus never end like a sentence: "And so on." is prose whatever its words.
        if (line.Length > 200 || LineShape.EndsLikeSentence(line))
        {
            return false;
        }

        if (IsSeparatedMenu(line))
        {
            return true;
        }

        var words = 0;
        var navWords = 0;
        var letterWords = 0;
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words++;
            var bare = word.Trim(',', '|', '.', ':', '\u00bb', '\u203a', '>');
            if (lexicon.NavWords.Contains(bare))
            {
                navWords++;
                letterWords += bare.Length > 3 || bare.Any(char.IsUpper) ? 1 : 0;
            }
        }

        // A single nav word ("News") is a menu entry; longer lines must be almost all nav words,
        // with at least one that is more than a connective ("and", "&").
        return words > 0 && navWords * 5 >= words * 4 && letterWords > 0;
    }

    /// <summary>"Politics | Energy & Environment | Health | Sport": three or more short capitalised entries between separators.</summary>
    private static bool IsSeparatedMenu(string line)
    {
        var entries = line.Split(['|', '\u2022', '\u00b7', '\u203a', '\u00bb'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (entries.Length < 3)
        {
            return false;
        }

        foreach (var entry in entries)
        {
            var shape = LineShape.Of(entry);
            // A one-word entry ending in a full stop is an abbreviation ("U.S."), not a sentence.
            if (shape.Words > 4 || (shape.EndsSentence && shape.Words > 1) || shape.LowercaseWords > 1 || shape.Letters == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsMenuItem(Judgement j, int i)
    {
        var shape = j.Shapes[i];
        return j.Roles[i] == LineRole.Unjudged && shape.Words <= 4 && shape.Length <= 40 && !shape.EndsSentence && shape.IsTitleCase && shape.Letters > 0;
    }

    private static bool IsListItem(string line)
    {
        if (line.Length > 160)
        {
            return false;
        }

        var last = line.TrimEnd('"', '\'', '\u201d', '\u2019', ')', ' ');
        return last.Length > 0 && last[^1] is not ('.' or '!' or '\u2026' or ':');
    }

    /// <summary>
    /// A headline: a few words, mostly letters, opening with a letter, digit or quote, and not
    /// ending with a full stop (headlines drop it; "U.S." and other abbreviations aside).
    /// </summary>
    private static bool IsTitleShaped(string line, LineShape shape) =>
        shape.Words is >= 2 and <= MaxTitleWords && line.Length >= 8 && line.Length <= MaxTitleLength && !line.EndsWith(':')
        && shape.Letters * 2 >= line.Length - shape.Words
        && (char.IsLetterOrDigit(line[0]) || line[0] is '"' or '\'' or '\u201c' or '\u2018' or '\u00ab')
        && !(line.EndsWith('.') && !EndsWithAbbreviation(line));

    /// <summary>A line that can only be body text: a long sentence, or prose too long for a headline.</summary>
    private static bool IsParagraph(string line, LineShape shape) =>
        line.Length > MaxTitleLength || shape.IsSentence && line.EndsWith('.') && !EndsWithAbbreviation(line) && shape.Words >= 10
        || shape.LowercaseWords >= 12 && shape.EndsSentence || shape.LowercaseWords > MaxTitleWords - 5;

    private static bool EndsWithAbbreviation(string line)
    {
        var lastSpace = line.LastIndexOf(' ');
        var lastWord = line.AsSpan(lastSpace + 1, line.Length - lastSpace - 2);
        return lastWord.Contains('.');
    }

    /// <summary>A line wrapped mid-sentence: the next line follows without a break and starts lowercase.</summary>
    private static bool ContinuesOnNextLine(Judgement j, int i) =>
        i + 1 < j.Count && j.Roles[i + 1] == LineRole.Unjudged && !j.Lines[i + 1].AfterBlank && StartsLowercase(j.Lines[i + 1].Text);

    /// <summary>
    /// The column a hard-wrapped text (e-mail, plain-text archive) was wrapped at, or 0 when its
    /// lines are paragraphs: body lines no longer than 100 characters, most of them filling the width.
    /// </summary>
    private static int HardWrapWidth(Judgement j)
    {
        var width = 0;
        var count = 0;
        for (var i = 0; i < j.Count; i++)
        {
            if (j.Roles[i] == LineRole.Body)
            {
                width = Math.Max(width, j.Lines[i].Text.Length);
                count++;
            }
        }

        if (count < 4 || width > 100 || width < 40)
        {
            return 0;
        }

        var full = 0;
        var sentenceEnds = 0;
        for (var i = 0; i < j.Count; i++)
        {
            if (j.Roles[i] == LineRole.Body)
            {
                full += j.Lines[i].Text.Length * 4 >= width * 3 ? 1 : 0;
                sentenceEnds += j.Shapes[i].EndsSentence ? 1 : 0;
            }
        }

        // Wrapped lines mostly stop mid-sentence; lines that are each a sentence are paragraphs.
        return full * 3 >= count * 2 && sentenceEnds * 2 <= count ? width : 0;
    }

    /// <summary>A short unpunctuated line with lowercase words, still unjudged or already body.</summary>
    private static bool IsShortPhrase(Judgement j, int i) =>
        i >= 0 && i < j.Count && j.Roles[i] is LineRole.Unjudged or LineRole.Body && j.Shapes[i].LowercaseWords >= 2
        && !j.Shapes[i].EndsSentence && j.Shapes[i].Words <= 14;

    private static bool IsSentenceLike(Judgement j, int i) => j.Shapes[i].IsSentence || j.Lines[i].Text.Length > 120;

    private static bool IsBullet(string line) => line.Length > 2 && line[0] is '-' or '*' or '\u2022' or '\u2013' or '\u00b7' && line[1] == ' ';

    private static bool StartsLowercase(string line)
    {
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }

            if (char.IsDigit(c))
            {
                return false;
            }
        }

        return false;
    }

    private static string WithoutDates(string line, IReadOnlyList<DatelineMatch> found)
    {
        if (found.Count == 0)
        {
            return line;
        }

        var builder = new StringBuilder(line);
        foreach (var date in found)
        {
            for (var i = date.Start; i < date.End; i++)
            {
                builder[i] = i == date.Start ? ',' : ' ';
            }
        }

        return ScrapedLines.Normalise(builder.ToString());
    }

    private static string LongerOf(string a, string b) => b.Length > a.Length ? b : a;

    /// <summary>Letters and digits only, lowercased: lines that differ in case, spacing or punctuation share a key.</summary>
    private static string KeyOf(string line)
    {
        var key = new StringBuilder(Math.Min(line.Length, MaxKeyedLength));
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    /// <summary>The working state of one read: each line with its shape and the role judged so far.</summary>
    private sealed class Judgement
    {
        public Judgement(IReadOnlyList<ScrapedLine> lines)
        {
            Lines = lines;
            Roles = new LineRole[lines.Count];
            Shapes = new LineShape[lines.Count];
            CaptionTexts = new string?[lines.Count];
            Bylines = new Byline?[lines.Count];
            Dates = new IReadOnlyList<DatelineMatch>?[lines.Count];
            for (var i = 0; i < lines.Count; i++)
            {
                Shapes[i] = LineShape.Of(lines[i].Text);
            }
        }

        public IReadOnlyList<ScrapedLine> Lines { get; }

        public int Count => Lines.Count;

        public LineRole[] Roles { get; }

        public LineShape[] Shapes { get; }

        public string?[] CaptionTexts { get; }

        public Byline?[] Bylines { get; }

        public IReadOnlyList<DatelineMatch>?[] Dates { get; }

        public string? StatedOutlet { get; set; }

        public string? TopOutlet { get; set; }
    }
}

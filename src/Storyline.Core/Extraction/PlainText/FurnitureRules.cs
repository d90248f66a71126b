using System.Text.RegularExpressions;

namespace Storyline.Core.Extraction.PlainText;

/// <summary>
/// The line patterns of page furniture in scraped text (Resources/plaintext-furniture-patterns.txt),
/// one alternation per kind so each line is matched a handful of times, not once per rule.
/// Only lines up to <see cref="MaxFurnitureLength"/> characters are matched: furniture is short,
/// and the cap keeps the work per line bounded whatever the input. The patterns run on the
/// non-backtracking engine, linear in the line length whatever the pattern (many start with ".*",
/// which backtracking would make cubic), so no match timeout is needed.
/// </summary>
public sealed class FurnitureRules
{
    public const int MaxFurnitureLength = 320;

    private readonly Regex[] _drop;
    private readonly Regex[] _listHeader;
    private readonly Regex[] _credit;
    private readonly Regex[] _creditSuffix;
    private readonly Regex[] _caption;
    private readonly Regex[] _outlet;

    private FurnitureRules(Dictionary<string, List<string>> patterns, RegexOptions extraOptions)
    {
        _drop = Whole(patterns, "drop", extraOptions);
        _listHeader = Whole(patterns, "list-header", extraOptions);
        _caption = Whole(patterns, "caption", extraOptions);
        _outlet = Whole(patterns, "outlet", extraOptions);
        var credits = patterns.GetValueOrDefault("caption-credit") ?? [];
        _credit = Grouped(credits, alternation => "^(?:" + alternation + @")[\s.]*$", extraOptions);
        _creditSuffix = credits.Count == 0
            ? []
            : [Build(@"^(?<text>.{8,}?)[\s,;:\u2013\u2014-]*(?:" + string.Join("|", credits.Select(p => "(?:" + p + ")")) + @")[\s.]*$", extraOptions)];
    }

    public static FurnitureRules Default { get; } = LoadDefault();

    public static FurnitureRules Parse(TextReader reader, RegexOptions extraOptions = RegexOptions.None)
    {
        var known = new HashSet<string>(StringComparer.Ordinal) { "drop", "list-header", "caption-credit", "caption", "outlet" };
        var patterns = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (number, fields) in EmbeddedResource.ReadRows(reader))
        {
            if (fields.Length != 2 || !known.Contains(fields[0]))
            {
                throw new FormatException($"Furniture rules line {number}: expected '<kind><TAB><regex>' with kind one of {string.Join(", ", known)}.");
            }

            try
            {
                _ = new Regex(fields[1], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
            }
            catch (ArgumentException error)
            {
                throw new FormatException($"Furniture rules line {number}: invalid pattern '{fields[1]}': {error.Message}", error);
            }

            if (!patterns.TryGetValue(fields[0], out var list))
            {
                patterns[fields[0]] = list = [];
            }

            list.Add(fields[1]);
        }

        return new FurnitureRules(patterns, extraOptions);
    }

    /// <summary>Judges a whitespace-normalised line on its own.</summary>
    public LineVerdict Judge(string line)
    {
        if (line.Length == 0 || line.Length > MaxFurnitureLength)
        {
            return LineVerdict.None;
        }

        var probe = line.TrimEnd(':', ' ', '\u00bb', '\u203a', '>');
        if (probe.Length == 0)
        {
            return LineVerdict.None;
        }

        if (IsMatch(_listHeader, probe))
        {
            return new LineVerdict(LineVerdictKind.ListHeader);
        }

        // Explicit caption lines first: "Image copyright PA Image caption ..." also reads as a credit.
        if (Captured(_caption, line, "text") is { } caption)
        {
            return new LineVerdict(LineVerdictKind.Caption, caption);
        }

        if (IsMatch(_drop, probe) || IsMatch(_credit, line))
        {
            return new LineVerdict(LineVerdictKind.Furniture);
        }

        if (IsMatch(_creditSuffix, line))
        {
            return new LineVerdict(LineVerdictKind.Caption, line);
        }

        if (Captured(_outlet, line, "name") is { } outlet)
        {
            return new LineVerdict(LineVerdictKind.Outlet, outlet.Trim());
        }

        return LineVerdict.None;
    }

    /// <summary>The caption without its trailing photo credit, or the line itself when it has none.</summary>
    public string WithoutCredit(string line)
    {
        if (line.Length > MaxFurnitureLength || _creditSuffix.Length == 0)
        {
            return line;
        }

        var match = _creditSuffix[0].Match(line);
        return match.Success ? match.Groups["text"].Value : line;
    }

    private static bool IsMatch(Regex[] regexes, string line)
    {
        foreach (var regex in regexes)
        {
            // IsMatch lets the engine skip computing where the match starts and its groups.
            if (regex.IsMatch(line))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Captured(Regex[] regexes, string line, string group)
    {
        foreach (var regex in regexes)
        {
            var match = regex.Match(line);
            if (match.Success)
            {
                var captured = match.Groups[group];
                return captured.Success ? captured.Value : line;
            }
        }

        return null;
    }

    private static Regex[] Whole(Dictionary<string, List<string>> patterns, string kind, RegexOptions extraOptions) =>
        Grouped(patterns.GetValueOrDefault(kind) ?? [], alternation => "^(?:" + alternation + @")[\s.!]*$", extraOptions);

    /// <summary>
    /// As few regexes as the non-backtracking engine's automaton limit allows: all the rules of a
    /// kind in one alternation, halved until each half builds.
    /// </summary>
    private static Regex[] Grouped(List<string> rules, Func<string, string> wrap, RegexOptions extraOptions)
    {
        var built = new List<Regex>();
        void Add(List<string> group)
        {
            if (group.Count == 0)
            {
                return;
            }

            try
            {
                built.Add(Build(wrap(string.Join("|", group.Select(p => "(?:" + p + ")"))), extraOptions));
            }
            catch (NotSupportedException) when (group.Count > 1)
            {
                Add(group[..(group.Count / 2)]);
                Add(group[(group.Count / 2)..]);
            }
        }

        Add(rules);
        return [.. built];
    }

    private static Regex Build(string pattern, RegexOptions extraOptions) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | extraOptions);

    private static FurnitureRules LoadDefault()
    {
        using var reader = EmbeddedResource.Open("plaintext-furniture-patterns.txt");
        return Parse(reader);
    }
}

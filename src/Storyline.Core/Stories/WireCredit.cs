namespace Storyline.Core.Stories;

/// <summary>
/// Finds the news agency an article credits: "LIMA (Reuters) -" or "(AP) —" near the start, or
/// "— Meridian Wire" / "Associated Press contributed" near the end. Agency names are data
/// (Resources/wire-agencies.txt). Matches whole words only, case-sensitively, since "AP" or "dpa"
/// in lowercase are ordinary text.
/// </summary>
public sealed class WireCredit
{
    private const int HeadLength = 300;
    private const int TailLength = 300;

    private readonly IReadOnlyList<string> _agencies;

    private WireCredit(IReadOnlyList<string> agencies)
    {
        _agencies = agencies;
    }

    public static WireCredit Default { get; } = Load();

    /// <summary>The credited agency, or null when the text credits none.</summary>
    public string? AgencyOf(string text)
    {
        var head = text.AsSpan(0, Math.Min(HeadLength, text.Length));
        var tail = text.AsSpan(Math.Max(0, text.Length - TailLength));
        foreach (var agency in _agencies)
        {
            // Near the start only the parenthesised dateline form counts: an agency merely
            // mentioned in a lead ("Reuters reported") is not a credit.
            if (ContainsWord(head, $"({agency})") || IsTailCredit(tail, agency))
            {
                return agency;
            }
        }

        return null;
    }

    private static bool IsTailCredit(ReadOnlySpan<char> tail, string agency)
    {
        var at = tail.LastIndexOf(agency, StringComparison.Ordinal);
        if (at < 0 || !IsBoundary(tail, at - 1) || !IsBoundary(tail, at + agency.Length))
        {
            return false;
        }

        // "— Meridian Wire" closing the text, or "(Reporting by ...; Reuters)", "AP contributed".
        var before = tail[..at].TrimEnd();
        var after = tail[(at + agency.Length)..].Trim();
        return before.EndsWith("—") || before.EndsWith("-") || before.EndsWith("–") || before.EndsWith("(") || before.EndsWith(";")
            || after.IsEmpty || after is ")" or "." || after.StartsWith("contributed");
    }

    private static bool ContainsWord(ReadOnlySpan<char> text, string word) => text.IndexOf(word, StringComparison.Ordinal) >= 0;

    private static bool IsBoundary(ReadOnlySpan<char> text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);

    private static WireCredit Load()
    {
        using var reader = EmbeddedResource.Open("wire-agencies.txt");
        var agencies = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                agencies.Add(line.Trim());
            }
        }

        return new WireCredit(agencies);
    }
}

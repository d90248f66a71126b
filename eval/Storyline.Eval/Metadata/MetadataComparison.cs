using System.Text.RegularExpressions;
using Storyline.Core.Extraction.Metadata;
using Storyline.Core.Time;

namespace Storyline.Eval.Metadata;

/// <summary>
/// How extracted metadata is compared with the reference. The references are Readability's own output,
/// which keeps site names in some titles and page furniture in some bylines, hence:
/// <list type="bullet">
/// <item>Title: equal after folding whitespace, case, quotes and dashes; or equal to the reference with
/// one leading or trailing separated part removed ("Headline - Outlet"), because Storyline strips site names by design.</item>
/// <item>Byline: the reference is folded, its "By"/"Par" lead-in dropped and split into authors at commas,
/// semicolons, "and" and "&amp;". An extracted author is right when the folded reference contains it; a
/// reference author is found when it contains, or is contained in, an extracted author. A page is right
/// when every extracted author is right and every reference author is found.</item>
/// <item>Published: right when the extracted instant falls on the reference's calendar day, taken in the
/// reference's own offset (or as wall time when the reference has none).</item>
/// <item>Site name: equal after folding whitespace, case, quotes and dashes.</item>
/// </list>
/// </summary>
public static partial class MetadataComparison
{
    public static bool TitleMatches(string? extracted, string expected)
    {
        var ours = MetadataText.Key(extracted);
        if (ours.Length == 0)
        {
            return false;
        }

        var reference = MetadataText.Key(expected);
        if (ours == reference)
        {
            return true;
        }

        string rest;
        if (reference.StartsWith(ours, StringComparison.Ordinal))
        {
            rest = reference[ours.Length..];
        }
        else if (reference.EndsWith(ours, StringComparison.Ordinal))
        {
            rest = reference[..^ours.Length];
        }
        else
        {
            return false;
        }

        // What is left must be a separator and exactly one title part: " - Outlet", "Outlet | ".
        var trimmed = rest.Trim();
        var part = trimmed.Trim(TitleSeparatorCharacters).Trim();
        return part.Length > 0 && part.Length < trimmed.Length && TitleSplitter.Segments(part).Length == 1;
    }

    private static readonly char[] TitleSeparatorCharacters = ['|', '-', ':', '·', '•', '»', '«', '/', '_', '｜'];

    public static IReadOnlyList<string> ReferenceAuthors(string expectedByline) =>
        AuthorSeparators().Split(BylineKey(expectedByline))
            .Select(author => LeadIn().Replace(author.Trim(), string.Empty).Trim())
            .Where(author => author.Length > 0)
            .ToList();

    public static BylineScore ScoreByline(IReadOnlyList<string> extracted, string expectedByline)
    {
        var reference = BylineKey(expectedByline);
        var references = ReferenceAuthors(expectedByline);
        var ours = extracted.Select(MetadataText.Key).Where(key => key.Length > 0).ToList();
        var right = ours.Count(author => reference.Contains(author, StringComparison.Ordinal));
        var found = references.Count(expected => ours.Any(author => expected.Contains(author, StringComparison.Ordinal) || author.Contains(expected, StringComparison.Ordinal)));
        return new BylineScore(ours.Count, right, references.Count, found);
    }

    public static bool PublishedMatches(DateTimeOffset? extracted, string expected)
    {
        if (extracted is null || DateTextParser.Default.Parse(expected) is not { } reference)
        {
            return false;
        }

        var ours = reference.HasOffset ? extracted.Value.ToOffset(reference.Value.Offset) : extracted.Value;
        return ours.Date == reference.Value.Date;
    }

    public static bool SiteNameMatches(string? extracted, string expected) =>
        MetadataText.Key(extracted) is { Length: > 0 } ours && ours == MetadataText.Key(expected);

    private static string BylineKey(string byline) => LeadIn().Replace(MetadataText.Key(byline), string.Empty);

    [GeneratedRegex(@"^(?:written\s+)?(?:by|par|von|por)\b\s*:?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"\s*(?:,|;|\s&\s|\sand\s|\set\s)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorSeparators();
}

/// <summary>Author-level counts on one page.</summary>
/// <param name="Extracted">Authors Storyline found.</param>
/// <param name="ExtractedRight">Of those, authors the reference names.</param>
/// <param name="Reference">Authors the reference names.</param>
/// <param name="ReferenceFound">Of those, authors Storyline found.</param>
public sealed record BylineScore(int Extracted, int ExtractedRight, int Reference, int ReferenceFound)
{
    public bool PageRight => Extracted > 0 && ExtractedRight == Extracted && ReferenceFound == Reference;
}

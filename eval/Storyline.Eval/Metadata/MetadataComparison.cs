using System.Text.RegularExpressions;
using Storyline.Core.Extraction.Metadata;
using Storyline.Core.Time;

namespace Storyline.Eval.Metadata;

/// <summary>
/// How extracted metadata is compared with the reference. The references are Readability's own output,
/// which keeps site names in some titles and page furniture in some bylines, hence:
/// <list type="bullet">
/// <item>Title: equal after folding whitespace, case, quotes and dashes; or equal to the reference with
/// up to two short (at most six words) leading or trailing separated parts removed ("Headline - Author - Outlet",
/// "Headline_Section_Outlet"), because Storyline strips site names and sections by design and Readability does not.</item>
/// <item>Byline: the reference is folded, its "By"/"Par" lead-in dropped and split into authors at commas,
/// semicolons, "and" and "&amp;". An extracted author is right when the folded reference contains it; a
/// reference author is found when it contains, or is contained in, an extracted author. A page is right
/// when Storyline names at least one author, every extracted author is right and every reference part
/// that is a person's name is found; reference parts that are not names ("MA WebMD Health News",
/// "2015 3:46 PM") are not required for the page but do count against author-level recall.</item>
/// <item>Published: right when the extracted instant falls on the reference's calendar day, taken in the
/// reference's own offset (or as wall time when the reference has none).</item>
/// <item>Site name: equal after folding whitespace, case, quotes and dashes.</item>
/// </list>
/// </summary>
public static partial class MetadataComparison
{
    /// <summary>The strict rule, reported alongside: equal after folding, no site-part allowance.</summary>
    public static bool TitleEquals(string? extracted, string expected) =>
        MetadataText.Key(extracted) is { Length: > 0 } ours && ours == MetadataText.Key(expected);

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

        // What is left must be a separator and at most two short title parts: " - Outlet", "Section | Outlet | ".
        var trimmed = rest.Trim();
        var part = trimmed.Trim(TitleSeparatorCharacters).Trim();
        if (part.Length == 0 || part.Length == trimmed.Length)
        {
            return false;
        }

        var parts = TitleSplitter.Segments(part);
        return parts.Length <= 2 && parts.All(segment => segment.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6);
    }

    private static readonly char[] TitleSeparatorCharacters = ['|', '-', ':', '·', '•', '»', '«', '/', '_', '｜'];

    /// <summary>The reference byline split into author parts, original case kept.</summary>
    public static IReadOnlyList<string> ReferenceAuthors(string expectedByline) =>
        AuthorSeparators().Split(MetadataText.Clean(expectedByline) ?? string.Empty)
            .Select(author => LeadIn().Replace(author.Trim(), string.Empty).Trim())
            .Where(author => author.Length > 0)
            .ToList();

    public static BylineScore ScoreByline(IReadOnlyList<string> extracted, string expectedByline)
    {
        var reference = BylineKey(expectedByline);
        var references = ReferenceAuthors(expectedByline);
        var ours = extracted.Select(MetadataText.Key).Where(key => key.Length > 0).ToList();
        var right = ours.Count(author => reference.Contains(author, StringComparison.Ordinal));
        bool Found(string expected)
        {
            var key = MetadataText.Key(expected);
            return ours.Any(author => key.Contains(author, StringComparison.Ordinal) || author.Contains(key, StringComparison.Ordinal));
        }

        var found = references.Count(Found);
        var requiredMissing = references.Count(expected => AuthorNames.Default.IsPerson(expected) && !Found(expected));
        return new BylineScore(ours.Count, right, references.Count, found, requiredMissing);
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

    [GeneratedRegex(@"^(?:written\s+)?(?:by|par|von|por)\b\s*:?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"\s*(?:,|;|\s&\s|\sand\s|\set\s)\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AuthorSeparators();
}

/// <summary>Author-level counts on one page.</summary>
/// <param name="Extracted">Authors Storyline found.</param>
/// <param name="ExtractedRight">Of those, authors the reference names.</param>
/// <param name="Reference">Authors the reference names.</param>
/// <param name="ReferenceFound">Of those, authors Storyline found.</param>
/// <param name="PersonsMissed">Reference parts that are person names (not roles, outlets or dates) Storyline did not find.</param>
public sealed record BylineScore(int Extracted, int ExtractedRight, int Reference, int ReferenceFound, int PersonsMissed)
{
    public bool PageRight => Extracted > 0 && ExtractedRight == Extracted && PersonsMissed == 0;
}

using Storyline.Core.Model;

namespace Storyline.Core.Language.Places;

/// <summary>
/// Turns entity spans into place mentions: locations, and organisation or other names that may
/// be places the tagger mistyped (the resolver keeps those only on strong evidence). Reads the
/// words next to each span: a qualifier before it is kept ("northern Kharkiv"), a designator
/// marks a region ("the Ancash region", "province of Ancash"), a feature word drops the mention
/// ("the Santa river", "Lake Kivu"), and world-region names are no place.
/// </summary>
internal sealed class PlaceMentionFinder(PlaceWords words)
{
    private const int MaxMentionLength = 80;

    public List<PlaceMention> Find(string text, IReadOnlyList<Entity> entities, TextRange? firstSentence)
    {
        var mentions = new List<PlaceMention>();
        foreach (var entity in entities)
        {
            if (entity.Range.Length is 0 or > MaxMentionLength || (entity.Type == EntityType.Person && !BeforeRegionWord(text, entity)))
            {
                continue;
            }

            if (Read(text, entity, firstSentence) is { } mention)
            {
                mentions.Add(mention);
            }
        }

        return mentions;
    }

    private PlaceMention? Read(string text, Entity entity, TextRange? firstSentence)
    {
        var start = entity.Range.Start;
        var end = entity.Range.End - PossessiveLength(text, entity.Range.Start, entity.Range.End);
        var whole = Read(text, entity, start, end, innerQualifier: null, firstSentence);
        if (whole is null)
        {
            return null;
        }

        // A qualifier inside the span: "Northern Kharkiv" at the start of a sentence.
        var firstWordEnd = WordEnd(text, start, end);
        if (firstWordEnd < end && words.RoleOf(text.AsSpan(start, firstWordEnd - start)) == PlaceWordRole.Qualifier)
        {
            var nameStart = SkipSpaces(text, firstWordEnd, end);
            if (nameStart < end && Read(text, entity, nameStart, end, text[start..firstWordEnd], firstSentence) is { } split)
            {
                return whole with { WithoutQualifier = split };
            }
        }

        return whole;
    }

    private PlaceMention? Read(string text, Entity entity, int start, int end, string? innerQualifier, TextRange? firstSentence)
    {
        var qualifier = innerQualifier;
        var lastWordStart = WordStart(text, start, end);
        var wantsRegion = lastWordStart > start && words.RoleOf(text.AsSpan(lastWordStart, end - lastWordStart)) == PlaceWordRole.Region;
        var mentionStart = entity.Range.Start;
        var regionStart = -1;
        var regionEnd = -1;

        // Words before the span: "northern Kharkiv", "province of Ancash", "Lake Kivu".
        if (PreviousWord(text, mentionStart) is var (beforeStart, beforeEnd))
        {
            var before = text.AsSpan(beforeStart, beforeEnd - beforeStart);
            if (words.IsFeatureBefore(before) && char.IsUpper(text[beforeStart]))
            {
                return null;
            }

            if (qualifier is null && char.IsLower(text[beforeStart]) && words.RoleOf(before) == PlaceWordRole.Qualifier)
            {
                qualifier = before.ToString();
                mentionStart = beforeStart;
            }
            else if (before.Equals("of", StringComparison.Ordinal)
                && PreviousWord(text, beforeStart) is var (designatorStart, designatorEnd)
                && words.RoleOf(text.AsSpan(designatorStart, designatorEnd - designatorStart)) == PlaceWordRole.Region)
            {
                wantsRegion = true;
                regionStart = designatorStart;
            }
        }

        // The word after the span: "Ancash region", "the Santa river".
        if (NextWord(text, entity.Range.End) is var (afterStart, afterEnd))
        {
            switch (words.RoleOf(text.AsSpan(afterStart, afterEnd - afterStart)))
            {
                case PlaceWordRole.Feature:
                    return null;
                case PlaceWordRole.Region:
                    wantsRegion = true;
                    regionEnd = afterEnd;
                    break;
            }
        }

        var name = text.AsSpan(start, end - start);
        var key = PlaceNames.Normalize(name);
        // A direction alone ("Western" in "Western governments") is no place, though GeoNames has
        // regions so named.
        if (key.Length == 0 || words.IsNotAPlace(key) || words.RoleOf(name) == PlaceWordRole.Qualifier)
        {
            return null;
        }

        var range = new TextRange(mentionStart, end);
        TextRange? regionRange = wantsRegion
            ? new TextRange(regionStart >= 0 ? Math.Min(regionStart, mentionStart) : mentionStart, Math.Max(regionEnd, end))
            : null;
        var isDateline = firstSentence is { } first && first.Contains(entity.Range) && IsAllCapitals(name);
        return new PlaceMention(
            range,
            new TextRange(start, end),
            key,
            CodeOf(name),
            qualifier,
            regionRange,
            IsWeak: entity.Type != EntityType.Location,
            isDateline);
    }

    /// <summary>"US" for "U.S." or "US", "DRC" for "DRC": two to four capitals, full stops ignored.</summary>
    private static string? CodeOf(ReadOnlySpan<char> name)
    {
        if (name.Length > 8)
        {
            return null;
        }

        Span<char> code = stackalloc char[8];
        var length = 0;
        foreach (var ch in name)
        {
            if (ch == '.')
            {
                continue;
            }

            if (ch is < 'A' or > 'Z')
            {
                return null;
            }

            code[length++] = ch;
        }

        return length is >= 2 and <= 4 ? new string(code[..length]) : null;
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> name)
    {
        var letters = 0;
        foreach (var ch in name)
        {
            if (char.IsLower(ch))
            {
                return false;
            }

            if (char.IsLetter(ch))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    private static int PossessiveLength(string text, int start, int end)
    {
        if (end - start > 3 && (text[end - 1] == 's' || text[end - 1] == 'S') && text[end - 2] is '\'' or '\u2019')
        {
            return 2;
        }

        return end - start > 2 && text[end - 1] is '\'' or '\u2019' ? 1 : 0;
    }

    private static int WordEnd(string text, int from, int limit)
    {
        var i = from;
        while (i < limit && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int WordStart(string text, int limit, int end)
    {
        var i = end;
        while (i > limit && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static int SkipSpaces(string text, int from, int limit)
    {
        while (from < limit && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from;
    }

    /// <summary>One space or one line break (hard-wrapped text), as between the words of a phrase.</summary>
    private static bool IsWordGap(char ch) => ch is ' ' or '\n';

    /// <summary>The letters-and-hyphens word ending one space or line break before <paramref name="position"/>.</summary>
    /// <summary>"Ancash region" names a region even when the tagger took "Ancash" for a person.</summary>
    private bool BeforeRegionWord(string text, Entity entity) =>
        NextWord(text, entity.Range.End) is var (start, end) && char.IsLower(text[start])
        && words.RoleOf(text.AsSpan(start, end - start)) == PlaceWordRole.Region;

    private static (int Start, int End)? PreviousWord(string text, int position)
    {
        var end = position;
        if (end == 0 || !IsWordGap(text[end - 1]) || (end > 1 && IsWordGap(text[end - 2])))
        {
            return null;
        }

        end--;
        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-'))
        {
            start--;
        }

        return start < end ? (start, end) : null;
    }

    /// <summary>The letters-and-hyphens word starting one space or line break after <paramref name="position"/>.</summary>
    private static (int Start, int End)? NextWord(string text, int position)
    {
        if (position >= text.Length - 1 || !IsWordGap(text[position]) || IsWordGap(text[position + 1]))
        {
            return null;
        }

        var start = position + 1;
        var end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-'))
        {
            end++;
        }

        return start < end ? (start, end) : null;
    }
}

namespace Storyline.Core.Language.Figures;

/// <summary>The singular of a counted noun, so that "1 worker" and "13,000 workers" share a unit.</summary>
public static class NounForms
{
    /// <summary>A regular or common irregular plural: "homes", "people", "children"; not "previous", "status", "gas".</summary>
    public static bool IsPlural(ReadOnlySpan<char> word)
    {
        if (word.Equals("people", StringComparison.OrdinalIgnoreCase) || word.Equals("children", StringComparison.OrdinalIgnoreCase)
            || word.Equals("men", StringComparison.OrdinalIgnoreCase) || word.Equals("women", StringComparison.OrdinalIgnoreCase)
            || word.Equals("police", StringComparison.OrdinalIgnoreCase) || word.Equals("personnel", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return word.Length > 3 && word[^1] is 's' or 'S'
            && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("us", StringComparison.OrdinalIgnoreCase)
            && !word.EndsWith("is", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ous", StringComparison.OrdinalIgnoreCase);
    }

    public static string Singular(ReadOnlySpan<char> word)
    {
        var lower = word.ToString().ToLowerInvariant();
        return lower switch
        {
            "people" or "police" or "personnel" or "staff" or "livestock" or "cattle" or "news" => lower,
            "children" => "child",
            "men" => "man",
            "women" => "woman",
            "persons" => "person",
            _ when lower.EndsWith("ies", StringComparison.Ordinal) && lower.Length > 4 => lower[..^3] + "y",
            _ when lower.EndsWith("sses", StringComparison.Ordinal) || lower.EndsWith("shes", StringComparison.Ordinal)
                || lower.EndsWith("ches", StringComparison.Ordinal) || lower.EndsWith("xes", StringComparison.Ordinal) => lower[..^2],
            _ when lower.EndsWith("uses", StringComparison.Ordinal) => lower[..^2],
            _ when IsPlural(lower) => lower[..^1],
            _ => lower,
        };
    }
}

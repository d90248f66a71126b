using System.Globalization;
using Storyline.Core.Model;
using Storyline.Core.Reconciliation;

namespace Storyline.Core.Briefings.Rendering;

/// <summary>How figures, quantities and relations read in a briefing, shared by the Markdown and HTML views.</summary>
public static class FigureText
{
    public static string Number(double value) =>
        double.IsPositiveInfinity(value) ? "open"
        : Math.Abs(value - Math.Round(value)) < 1e-9 ? value.ToString("#,0", CultureInfo.InvariantCulture)
        : value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>"killed (civilian) in Ancash, 2026-02-24": what a group counts, where and when.</summary>
    public static string Quantity(ClaimGroup group)
    {
        var text = group.Category.Replace('_', ' ');
        if (group.Subject is { Length: > 0 } subject)
        {
            text += $" ({subject})";
        }

        if (group.Place is { } place)
        {
            text += $" in {place.Name}";
        }

        if (group.Time?.AsOf is { } asOf)
        {
            text += ", as of " + asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return text;
    }

    public static string Relation(ClaimRelationKind kind) => kind switch
    {
        ClaimRelationKind.Single => "single source",
        ClaimRelationKind.DifferentlyScoped => "differently scoped",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>"at least 1,200 (Meridian Wire, citing the national emergency operations centre, 2026-02-24)".</summary>
    public static string Claim(StoryClaim claim)
    {
        var source = claim.Claim.Attribution is not null && (claim.Claim.SourceName ?? claim.Claim.Attribution.SourceText) is { Length: > 0 } name
            ? $", citing {name}"
            : ", own figure";
        var date = claim.Published is { } published ? ", " + published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
        return $"{claim.Figure.Text} ({claim.Outlet ?? "unknown outlet"}{source}{date})";
    }

    public static string Bound(FigureBound bound) => bound switch
    {
        FigureBound.AtLeast => "at least",
        FigureBound.MoreThan => "more than",
        FigureBound.AtMost => "at most",
        FigureBound.FewerThan => "fewer than",
        FigureBound.UpTo => "up to",
        _ => bound.ToString().ToLowerInvariant(),
    };
}

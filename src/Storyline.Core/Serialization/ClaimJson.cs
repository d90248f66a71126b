using System.Globalization;
using System.Text.Json;
using Storyline.Core.Model;
using Storyline.Core.Reconciliation;

namespace Storyline.Core.Serialization;

/// <summary>
/// A claim as printed by <c>figures --json</c> and the briefing: the figure's span and interval
/// (<c>high</c> is null for an open-ended "more than 5,000"), what it counts, where, when, and who
/// said it (<c>source</c> null when the outlet states the figure itself).
/// </summary>
public sealed record ClaimJson(
    string Id,
    string ArticleId,
    string? Outlet,
    string Sentence,
    int Start,
    int End,
    string Text,
    double Value,
    double Low,
    double? High,
    bool LowOpen,
    bool HighOpen,
    string Bound,
    string? Unit,
    string Category,
    string? Subject,
    ClaimPlaceJson? Place,
    ClaimTimeJson? Time,
    bool Cumulative,
    bool Projection,
    ClaimSourceJson? Source)
{
    public static ClaimJson From(StoryClaim story)
    {
        var claim = story.Claim;
        var figure = claim.Figure;
        return new ClaimJson(
            story.Id,
            story.ArticleId,
            story.Outlet,
            story.Sentence,
            figure.Range.Start,
            figure.Range.End,
            figure.Text,
            figure.Value,
            figure.Low,
            double.IsPositiveInfinity(figure.High) ? null : figure.High,
            figure.LowOpen,
            figure.HighOpen,
            BoundName(figure.Bound),
            figure.Unit,
            claim.Category,
            claim.Subject,
            ClaimPlaceJson.From(claim.Place),
            ClaimTimeJson.From(claim.Time),
            claim.Cumulative,
            claim.Projection,
            claim.Attribution is { } attribution && (attribution.SourceText ?? claim.SourceName) is { } text
                ? new ClaimSourceJson(text, claim.SourceName)
                : null);
    }

    /// <summary>"exact", "approximately", "at_least", "more_than"…</summary>
    public static string BoundName(FigureBound bound) => JsonNamingPolicy.SnakeCaseLower.ConvertName(bound.ToString());
}

/// <summary>Where a claim applies: the gazetteer's name and coordinates.</summary>
public sealed record ClaimPlaceJson(string Name, double Lat, double Lon)
{
    public static ClaimPlaceJson? From(Place? place) => place is null ? null : new(place.Name, place.Latitude, place.Longitude);
}

/// <summary>When a claim holds: <c>end</c> the as-of day; <c>start</c> set for a span ("since Monday").</summary>
public sealed record ClaimTimeJson(string? Start, string? End)
{
    public static ClaimTimeJson? From(ClaimTime? time) =>
        time is null ? null : new(Day(time.Start), Day(time.End));

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Who said a figure: the words of the text and the entity's canonical name.</summary>
public sealed record ClaimSourceJson(string Text, string? Name);

using Storyline.Core.Model;
using Storyline.Core.Reconciliation;

namespace Storyline.Core.Tests.Reconciliation;

/// <summary>Hand-written claims of fictional stories, placed in articles as the claim stage would leave them.</summary>
internal static class StoryBuilder
{
    public static readonly Place Ancash = new(default, "Ancash", "Ancash", null, PlaceKind.Region, 0, "PE", "Peru", null, -9.5, -77.5);

    public static readonly Place Huaraz = new(default, "Huaraz", "Huaraz", null, PlaceKind.City, 3696150, "PE", "Peru", "Ancash", -9.53, -77.53);

    public static readonly Place Carhuaz = new(default, "Carhuaz", "Carhuaz", null, PlaceKind.City, 3699088, "PE", "Peru", "Ancash", -9.28, -77.65);

    public static readonly Place Lima = new(default, "Lima", "Lima", null, PlaceKind.City, 3936456, "PE", "Peru", "Lima", -12.04, -77.03);

    /// <summary>A figure as the figure stage reads it: "at least 40" is [40, inf), "about 1,350" carries a 10% margin.</summary>
    public static Figure Figure(double value, FigureBound bound = FigureBound.Exact, double? low = null, double? high = null, double tolerance = 0, string? unit = null) =>
        bound switch
        {
            FigureBound.AtLeast => new(default, $"at least {value}", value, value, double.PositiveInfinity, false, true, bound, tolerance, unit),
            FigureBound.MoreThan => new(default, $"more than {value}", value, value, double.PositiveInfinity, true, true, bound, tolerance, unit),
            FigureBound.UpTo => new(default, $"up to {value}", value, 0, value, false, false, bound, tolerance, unit),
            FigureBound.Approximately => new(default, $"about {value}", value, value * 0.9, value * 1.1, false, false, bound, value * 0.1, unit),
            FigureBound.Range or FigureBound.Vague => new(default, $"{low}-{high}", value, low ?? value, high ?? value, false, false, bound, tolerance, unit),
            _ => new(default, $"{value}", value, value, value, false, false, bound, tolerance, unit),
        };

    public static Claim Claim(
        Figure figure,
        string? source,
        DateOnly day,
        string category = "killed",
        string? subject = null,
        Place? place = null,
        bool placeStated = false,
        bool cumulative = true,
        bool projection = false) =>
        new(
            default,
            figure,
            category,
            subject,
            cumulative,
            source is null ? null : new Attribution(default, "said", null, source, default, false),
            place ?? Ancash,
            new ClaimTime(null, day, Stated: true),
            source,
            projection,
            placeStated);

    /// <summary>An article holding the claims, each on its own sentence, published at noon UTC on <paramref name="published"/>.</summary>
    public static StoryArticle Article(string id, string outlet, DateOnly published, params Claim[] claims) =>
        Article(id, outlet, published, origin: null, claims);

    public static StoryArticle Article(string id, string outlet, DateOnly published, string? origin, params Claim[] claims)
    {
        var text = string.Concat(claims.Select(c => c.Figure.Text.PadRight(40) + "\n"));
        var placed = claims.Select((c, i) =>
        {
            var range = new TextRange(i * 41, (i * 41) + c.Figure.Text.Length);
            return c with { Range = range, Figure = c.Figure with { Range = range } };
        });
        var sentences = claims.Select((c, i) => new Sentence(new TextRange(i * 41, (i * 41) + 40), 0, 0));
        var metadata = ArticleMetadata.Empty with { Outlet = outlet, Published = new DateTimeOffset(published.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero) };
        var document = new Document(text, metadata).With(Layers.Sentences, sentences, "test").With(Layers.Claims, placed, "test");
        return new StoryArticle(id, document, OriginArticleId: origin);
    }

    public static DateOnly Day(int day) => new(2026, 2, day);

    public static ClaimRelation Relation(StoryReconciliation result, string first, string second) =>
        result.Relations.Single(r => (r.ClaimId == first && r.OtherId == second) || (r.ClaimId == second && r.OtherId == first));

    public static ClaimGroup GroupOf(StoryReconciliation result, string claimId) => result.Groups.Single(g => g.ClaimIds.Contains(claimId));
}

using System.Globalization;
using Spectre.Console;
using Storyline.Core.Model;
using Storyline.Core.Reconciliation;
using Storyline.Core.Serialization;

namespace Storyline.Cli.Output;

/// <summary>
/// The readable form of <c>figures</c>: the articles read, every claim (figure, what it counts,
/// where, when, who said it), then each quantity with its relation, estimate, sources and the
/// reasons behind it. Spectre tables on a terminal, aligned plain columns otherwise.
/// </summary>
public static class FiguresView
{
    public static void Write(CliStreams streams, IReadOnlyList<StoryArticle> articles, StoryReconciliation reconciliation)
    {
        var claims = reconciliation.Claims.Select(ClaimJson.From).ToList();
        TableSection.Write(streams, "articles", ["id", "outlet", "published", "claims"], articles.Select(a => new[]
        {
            a.Id, a.OutletName ?? "-", a.PublishedAt?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) ?? "-",
            claims.Count(c => c.ArticleId == a.Id).ToString(CultureInfo.InvariantCulture),
        }));
        TableSection.Write(streams, "claims", ["id", "figure", "interval", "bound", "category", "subject", "place", "as of", "source"], claims.Select(c => new[]
        {
            c.Id, OneLine(c.Text), Interval(c), c.Bound, c.Category + (c.Projection ? " (projection)" : c.Cumulative ? string.Empty : " (increment)"),
            c.Subject ?? "-", c.Place?.Name ?? "-", Time(c.Time), c.Source is null ? "(outlet)" : c.Source.Name ?? c.Source.Text,
        }));

        var byId = reconciliation.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var groups = reconciliation.Groups.Select(g => ClaimGroupJson.From(g, byId)).Where(g => g.Claims.Count > 1).ToList();
        TableSection.Write(streams, "quantities", ["group", "category", "subject", "place", "as of", "relation", "best", "low", "high", "sources", "claims"], groups.Select(g => new[]
        {
            g.Id, g.Category, g.Subject ?? "-", g.Place?.Name ?? "-", Time(g.Time), g.Relation, Number(g.Best), Number(g.Low), Number(g.High),
            $"{g.IndependentSources}: {string.Join("; ", g.Sources)}", string.Join(' ', g.Claims),
        }));
        TableSection.Write(streams, "decisions", ["claims", "relation", "why"], groups.SelectMany(g => g.Evidence).Select(e => new[]
        {
            string.Join(" / ", e.Claims), e.Relation, OneLine(e.Reason),
        }));
    }

    private static string Interval(ClaimJson c) =>
        string.Create(CultureInfo.InvariantCulture, $"{(c.LowOpen ? "(" : "[")}{Number(c.Low)}, {(c.High is { } high ? Number(high) : "inf")}{(c.HighOpen ? ")" : "]")}");

    private static string Time(ClaimTimeJson? time) =>
        time is null ? "-" : time.Start is null ? time.End ?? "-" : $"{time.Start} to {time.End}";

    private static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

}

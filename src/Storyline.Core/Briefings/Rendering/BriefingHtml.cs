using System.Globalization;
using System.Net;
using System.Text;

namespace Storyline.Core.Briefings.Rendering;

/// <summary>
/// A briefing as one self-contained HTML file: styles inline, no script, no network (a Content
/// Security Policy forbids any), article text HTML-encoded everywhere, and links only to http(s)
/// article addresses.
/// </summary>
public static class BriefingHtml
{
    private const string Style = """
        body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
        h1{font-size:1.6rem;line-height:1.25}h2{margin-top:2rem;border-bottom:1px solid #ddd}
        .meta{color:#555}cite{font-style:normal;color:#555;font-size:.9em}
        table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
        td.n{text-align:right;font-variant-numeric:tabular-nums}
        .badge{display:inline-block;padding:0 .4rem;border-radius:.3rem;font-size:.85em;background:#eee}
        .contested{background:#fdd;color:#900}.updated{background:#def}.agreed,.compatible,.refined{background:#dfd}
        .superseded{color:#777;text-decoration:line-through}
        @media (max-width:600px){table{font-size:.85em}}
        """;

    public static string Render(Briefing briefing)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(briefing.Title)).Append("</title><style>").Append(Style).Append("</style></head><body>\n");
        html.Append("<h1>").Append(E(briefing.Title)).Append("</h1>\n<p class=\"meta\">")
            .Append(briefing.Articles.Length).Append(" articles from ")
            .Append(briefing.Articles.Select(a => a.OutletName).Distinct(StringComparer.Ordinal).Count()).Append(" outlets");
        if (briefing.FirstPublished is { } first && briefing.LastPublished is { } last)
        {
            html.Append(", ").Append(Day(first)).Append(first.Date == last.Date ? string.Empty : " to " + Day(last));
        }

        html.Append(". Story <code>").Append(E(briefing.StoryId)).Append("</code>.</p>\n");

        html.Append("<h2>Summary</h2>\n<ul>\n");
        foreach (var sentence in briefing.Summary)
        {
            html.Append("<li>").Append(E(sentence.Text)).Append(" <cite>").Append(ArticleLink(briefing, sentence.ArticleId)).Append("</cite></li>\n");
        }

        html.Append("</ul>\n");
        if (briefing.Timeline.Length > 0)
        {
            html.Append("<h2>Timeline</h2>\n<ul>\n");
            foreach (var entry in briefing.Timeline)
            {
                html.Append("<li><time datetime=\"").Append(E(entry.Date)).Append("\"><strong>").Append(E(entry.Date)).Append("</strong></time> ")
                    .Append(E(entry.Text)).Append(" <cite>")
                    .Append(string.Join(", ", entry.ArticleIds.Select(id => ArticleLink(briefing, id)))).Append("</cite></li>\n");
            }

            html.Append("</ul>\n");
        }

        AppendFigures(html, briefing);
        AppendSources(html, briefing);
        if (briefing.Entities.Length > 0)
        {
            html.Append("<h2>Entities</h2>\n<p>")
                .Append(string.Join(", ", briefing.Entities.Select(e => $"{E(e.Name)} <cite>({e.ArticleIds.Length})</cite>"))).Append("</p>\n");
        }

        if (briefing.Places.Length > 0)
        {
            html.Append("<h2>Places</h2>\n<ul>\n");
            foreach (var place in briefing.Places)
            {
                html.Append("<li>").Append(E(place.Name)).Append(", ").Append(E(place.Country)).Append(" <cite>(")
                    .Append(place.Latitude.ToString("0.####", CultureInfo.InvariantCulture)).Append(", ")
                    .Append(place.Longitude.ToString("0.####", CultureInfo.InvariantCulture)).Append(")</cite></li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("<p class=\"meta\">Place data from GeoNames (CC BY 4.0). Every sentence above is quoted from the cited article.</p>\n</body></html>\n");
        return html.ToString();
    }

    private static void AppendFigures(StringBuilder html, Briefing briefing)
    {
        if (briefing.Figures.Groups.IsEmpty)
        {
            return;
        }

        var claims = briefing.Figures.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        html.Append("<h2>Figures</h2>\n<table><thead><tr><th>Quantity</th><th>Relation</th><th>Best</th><th>Low</th><th>High</th>")
            .Append("<th>Sources</th><th>Claims</th></tr></thead><tbody>\n");
        foreach (var group in briefing.Figures.Groups)
        {
            var relation = FigureText.Relation(group.Relation);
            html.Append("<tr><td>").Append(E(FigureText.Quantity(group))).Append("</td><td><span class=\"badge ")
                .Append(group.Relation.ToString().ToLowerInvariant()).Append("\">").Append(E(relation)).Append("</span></td>")
                .Append("<td class=\"n\">").Append(FigureText.Number(group.Best)).Append("</td>")
                .Append("<td class=\"n\">").Append(FigureText.Number(group.Low)).Append("</td>")
                .Append("<td class=\"n\">").Append(FigureText.Number(group.High)).Append("</td>")
                .Append("<td class=\"n\">").Append(group.IndependentSources).Append("</td><td><ul>");
            foreach (var id in group.ClaimIds)
            {
                if (claims.TryGetValue(id, out var claim))
                {
                    html.Append(group.CurrentClaimIds.Contains(id) ? "<li>" : "<li class=\"superseded\">")
                        .Append(E(FigureText.Claim(claim))).Append("</li>");
                }
            }

            html.Append("</ul></td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void AppendSources(StringBuilder html, Briefing briefing)
    {
        html.Append("<h2>Sources</h2>\n<ul>\n");
        foreach (var source in briefing.Sources)
        {
            html.Append("<li><strong>").Append(E(source.Outlet)).Append("</strong> <cite>")
                .Append(string.Join(", ", source.ArticleIds.Select(id => ArticleLink(briefing, id)))).Append("</cite>");
            if (source.OriginalSources.Length > 0)
            {
                html.Append(": cites ").Append(E(string.Join("; ", source.OriginalSources)));
            }

            if (source.CopiesOf.Length > 0)
            {
                html.Append("; republishes ").Append(E(string.Join(", ", source.CopiesOf)));
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    /// <summary>The outlet and article id, linked to the article when its address is http(s).</summary>
    private static string ArticleLink(Briefing briefing, string articleId)
    {
        var article = briefing.Articles.FirstOrDefault(a => a.Id == articleId);
        var label = E($"{article?.OutletName ?? "unknown outlet"}, {articleId}");
        var url = article?.Document.Metadata.CanonicalUrl ?? article?.Document.Metadata.Url;
        return url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? $"<a href=\"{E(uri.AbsoluteUri)}\" rel=\"noopener noreferrer nofollow\">{label}</a>"
            : label;
    }

    private static string Day(DateTimeOffset time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

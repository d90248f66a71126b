using System.Globalization;
using System.Text;
using Storyline.Core.Reconciliation;

namespace Storyline.Core.Briefings.Rendering;

/// <summary>
/// A briefing as Markdown. Article text is untrusted: every piece of it is escaped so that it can
/// neither inject markup (raw HTML, links, emphasis) nor break the tables.
/// </summary>
public static class BriefingMarkdown
{
    public static string Render(Briefing briefing)
    {
        var md = new StringBuilder();
        var outlets = briefing.Articles.Select(a => a.OutletName).Distinct(StringComparer.Ordinal).Count();
        md.Append("# ").Append(Escape(briefing.Title)).Append("\n\n");
        md.Append('_').Append(briefing.Articles.Length).Append(briefing.Articles.Length == 1 ? " article" : " articles")
            .Append(" from ").Append(outlets).Append(outlets == 1 ? " outlet" : " outlets");
        if (briefing.FirstPublished is { } first && briefing.LastPublished is { } last)
        {
            md.Append(", ").Append(Day(first)).Append(first.Date == last.Date ? string.Empty : " to " + Day(last));
        }

        md.Append(". Story `").Append(briefing.StoryId).Append("`._\n\n");

        md.Append("## Summary\n\n");
        foreach (var sentence in briefing.Summary)
        {
            md.Append("- ").Append(Escape(sentence.Text)).Append(" [").Append(Escape(sentence.Outlet ?? "unknown outlet"))
                .Append(", article ").Append(Escape(sentence.ArticleId)).Append("]\n");
        }

        if (briefing.Timeline.Length > 0)
        {
            md.Append("\n## Timeline\n\n");
            foreach (var entry in briefing.Timeline)
            {
                md.Append("- **").Append(entry.Date).Append("**: ").Append(Escape(entry.Text))
                    .Append(" [").Append(Escape(string.Join(", ", entry.ArticleIds.Select(id => OutletOf(briefing, id) + " " + id)))).Append("]\n");
            }
        }

        AppendFigures(md, briefing);

        md.Append("\n## Sources\n\n");
        foreach (var source in briefing.Sources)
        {
            md.Append("- **").Append(Escape(source.Outlet)).Append("** (articles ").Append(Escape(string.Join(", ", source.ArticleIds))).Append(')');
            if (source.OriginalSources.Length > 0)
            {
                md.Append(": cites ").Append(Escape(string.Join("; ", source.OriginalSources)));
            }

            if (source.CopiesOf.Length > 0)
            {
                md.Append("; republishes ").Append(Escape(string.Join(", ", source.CopiesOf)));
            }

            md.Append('\n');
        }

        if (briefing.Entities.Length > 0)
        {
            md.Append("\n## Entities\n\n");
            md.Append(string.Join(", ", briefing.Entities.Select(e => $"{Escape(e.Name)} ({e.ArticleIds.Length})"))).Append('\n');
        }

        if (briefing.Places.Length > 0)
        {
            md.Append("\n## Places\n\n");
            foreach (var place in briefing.Places)
            {
                md.Append("- ").Append(Escape(place.Name)).Append(", ").Append(Escape(place.Country)).Append(" (")
                    .Append(place.Latitude.ToString("0.####", CultureInfo.InvariantCulture)).Append(", ")
                    .Append(place.Longitude.ToString("0.####", CultureInfo.InvariantCulture)).Append("), ")
                    .Append(place.ArticleIds.Length).Append(place.ArticleIds.Length == 1 ? " article\n" : " articles\n");
            }
        }

        return md.ToString();
    }

    private static void AppendFigures(StringBuilder md, Briefing briefing)
    {
        var groups = briefing.Figures.Groups;
        if (groups.IsEmpty)
        {
            return;
        }

        var claims = briefing.Figures.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        md.Append("\n## Figures\n\n");
        md.Append("| Quantity | Relation | Best | Low | High | Independent sources | Claims |\n");
        md.Append("|---|---|---:|---:|---:|---:|---:|\n");
        foreach (var group in groups)
        {
            md.Append("| ").Append(Escape(FigureText.Quantity(group)))
                .Append(" | ").Append(FigureText.Relation(group.Relation))
                .Append(" | ").Append(FigureText.Number(group.Best))
                .Append(" | ").Append(FigureText.Number(group.Low))
                .Append(" | ").Append(FigureText.Number(group.High))
                .Append(" | ").Append(group.IndependentSources)
                .Append(" | ").Append(group.ClaimIds.Length).Append(" |\n");
        }

        foreach (var group in groups.Where(g => g.ClaimIds.Length > 1))
        {
            md.Append("\n**").Append(Escape(FigureText.Quantity(group))).Append("**: ").Append(FigureText.Relation(group.Relation)).Append('\n');
            foreach (var id in group.ClaimIds)
            {
                if (claims.TryGetValue(id, out var claim))
                {
                    md.Append("- ").Append(Escape(FigureText.Claim(claim)))
                        .Append(group.CurrentClaimIds.Contains(id) ? string.Empty : " _(superseded)_").Append('\n');
                }
            }
        }
    }

    private static string OutletOf(Briefing briefing, string articleId) =>
        briefing.Articles.FirstOrDefault(a => a.Id == articleId)?.OutletName ?? "article";

    private static string Day(DateTimeOffset time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Escapes Markdown and HTML punctuation and folds line breaks, so untrusted text stays text.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '\r' or '\n':
                    escaped.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|':
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }
}

using System.Globalization;
using Storyline.Store;

namespace Storyline.Cli.Output;

/// <summary>The readable form of one stored article for <c>articles show</c>: headline, facts, standfirst, body, captions.</summary>
public static class ArticleView
{
    public static void Write(TextWriter writer, StoredArticle article)
    {
        var m = article.Document.Metadata;
        writer.WriteLine($"# {m.Title ?? "(untitled)"}");
        writer.WriteLine();
        Fact(writer, "id", $"{article.Id} (version {article.Version} of {article.LatestVersion})");
        Fact(writer, "outlet", m.Outlet);
        Fact(writer, "authors", m.Authors.IsDefaultOrEmpty ? null : string.Join(", ", m.Authors));
        Fact(writer, "published", m.Published is { } p ? $"{Time(p)}{(m.PublishedSource is { } s ? $" (from {s})" : string.Empty)}" : null);
        Fact(writer, "updated", m.Updated is { } u ? Time(u) : null);
        Fact(writer, "language", m.Language);
        Fact(writer, "url", m.Url);
        Fact(writer, "canonical", m.CanonicalUrl != m.Url ? m.CanonicalUrl : null);
        Fact(writer, "origin", article.Origin);
        Fact(writer, "ingested", Time(article.IngestedAt));
        Fact(writer, "hash", article.ContentHash);
        writer.WriteLine();
        if (m.Standfirst is { Length: > 0 } standfirst)
        {
            writer.WriteLine($"> {standfirst}");
            writer.WriteLine();
        }

        writer.WriteLine(article.Document.Text);
        if (!m.Captions.IsDefaultOrEmpty)
        {
            writer.WriteLine();
            writer.WriteLine("captions:");
            foreach (var caption in m.Captions)
            {
                writer.WriteLine($"  - {caption}");
            }
        }
    }

    private static void Fact(TextWriter writer, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteLine($"{label + ":",-11}{value}");
        }
    }

    private static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
}

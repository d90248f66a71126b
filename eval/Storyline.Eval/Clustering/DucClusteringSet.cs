using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Storyline.Core.Extraction;

namespace Storyline.Eval.Clustering;

/// <summary>
/// A DUC-style folder: doc_to_cluster.tsv (DOCNO, tab, cluster) and docs/&lt;cluster&gt;/&lt;DOCNO&gt; files in
/// TREC SGML (&lt;HEADLINE&gt;, &lt;TEXT&gt; with optional &lt;P&gt;). The publication day comes from
/// the DOCNO (APW19981016.0240 was filed on 16 October 1998). A document listed under two
/// clusters (DUC 2004 lists 11 such) is one input with two gold clusters, as a real stream would
/// carry it once; <see cref="ClusteringScorer"/> scores such items with the extended metrics.
/// </summary>
public static partial class DucClusteringSet
{
    public const string LabelFile = "doc_to_cluster.tsv";

    public static IReadOnlyList<ClusteringItem> Read(string folder)
    {
        var labels = Path.Combine(folder, LabelFile);
        if (!File.Exists(labels))
        {
            throw new DatasetMissingException(folder, $"no {LabelFile} (a DUC-style clustering folder holds {LabelFile} and docs/<cluster>/<DOCNO>)");
        }

        var listings = new List<(string DocNo, string Cluster)>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(labels))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                throw new InvalidDataException($"{labels}:{lineNumber}: expected DOCNO<TAB>cluster, got '{line}'");
            }

            listings.Add((fields[0].Trim(), fields[1].Trim()));
        }

        var items = new List<ClusteringItem>();
        foreach (var listing in listings.GroupBy(l => l.DocNo, StringComparer.Ordinal))
        {
            var docNo = listing.Key;
            var cluster = listing.First().Cluster;
            var path = Path.Combine(folder, "docs", cluster, docNo);
            if (!File.Exists(path))
            {
                throw new DatasetMissingException(path, $"document {docNo} listed in {LabelFile} is missing");
            }

            var sgml = File.ReadAllText(path);
            var text = Paragraphs(Between(sgml, "TEXT") ?? throw new InvalidDataException($"{path}: no <TEXT> element"));
            var headline = Between(sgml, "HEADLINE") is { } h ? Unwrap(Tags().Replace(h, " ")) : null;
            items.Add(new ClusteringItem(docNo, [.. listing.Select(l => l.Cluster)], SourceDocument.PlainText(text, docNo), string.IsNullOrWhiteSpace(headline) ? null : headline, DateOf(docNo)));
        }

        return items;
    }

    /// <summary>The filing day in a DOCNO such as APW19981016.0240 or NYT19981016.0292, at noon UTC.</summary>
    internal static DateTimeOffset? DateOf(string docNo)
    {
        var digits = DocNoDate().Match(docNo);
        return digits.Success && DateTime.TryParseExact(digits.Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day.AddHours(12), TimeSpan.Zero)
            : null;
    }

    private static string? Between(string sgml, string tag)
    {
        var open = sgml.IndexOf($"<{tag}>", StringComparison.OrdinalIgnoreCase);
        if (open < 0)
        {
            return null;
        }

        var start = open + tag.Length + 2;
        var close = sgml.IndexOf($"</{tag}>", start, StringComparison.OrdinalIgnoreCase);
        return close < 0 ? sgml[start..] : sgml[start..close];
    }

    /// <summary>Hard-wrapped SGML text as paragraphs (split at &lt;P&gt; when present) separated by blank lines.</summary>
    private static string Paragraphs(string text)
    {
        var parts = ParagraphTag().Split(text).Select(p => Unwrap(Tags().Replace(p, " "))).Where(p => p.Length > 0);
        return string.Join("\n\n", parts);
    }

    private static string Unwrap(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(word).Append(' ');
        }

        return WebUtility.HtmlDecode(builder.ToString().TrimEnd().Replace("``", "\"").Replace("''", "\""));
    }

    [GeneratedRegex(@"\d{8}")]
    private static partial Regex DocNoDate();

    [GeneratedRegex(@"<P>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphTag();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();
}

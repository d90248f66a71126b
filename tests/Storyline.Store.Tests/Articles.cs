using System.Collections.Immutable;
using Storyline.Core.Model;

namespace Storyline.Store.Tests;

/// <summary>Fictional articles for store tests, with every metadata field set.</summary>
internal static class Articles
{
    public static Document Make(
        string? canonicalUrl = "https://harbour-gazette.test/news/ferry-strike",
        string body = "Ferry crews on the Lanmere line walked out at dawn.",
        string? outlet = "Harbour Gazette",
        DateTimeOffset? published = null,
        string? url = null)
    {
        var paragraphs = body.Split("\n\n");
        var metadata = new ArticleMetadata(
            Url: url ?? canonicalUrl,
            CanonicalUrl: canonicalUrl,
            Outlet: outlet,
            Title: "Ferry crews strike over rota changes",
            Authors: ["Mira Okafor", "Tomas Lind"],
            Published: published ?? new DateTimeOffset(2026, 3, 14, 6, 30, 0, TimeSpan.FromHours(1)),
            Updated: new DateTimeOffset(2026, 3, 14, 9, 5, 12, 340, TimeSpan.FromHours(-4.5)),
            PublishedSource: "json-ld",
            Language: "en-GB",
            Standfirst: "Services to the islands are cancelled until Friday.",
            Captions: ["Idle ferries at Lanmere pier.", "A picket line, \"no\" signs."]);
        var document = new Document(body, metadata);
        var spans = new List<Paragraph>();
        var start = 0;
        for (var i = 0; i < paragraphs.Length; i++)
        {
            spans.Add(new Paragraph(new TextRange(start, start + paragraphs[i].Length), i == 0 ? ParagraphKind.Heading : ParagraphKind.Body));
            start += paragraphs[i].Length + 2;
        }

        return document.With(Layers.Paragraphs, spans, "extractor");
    }

    public static ImmutableArray<Paragraph> ParagraphsOf(Document document) => document.Get(Layers.Paragraphs);
}

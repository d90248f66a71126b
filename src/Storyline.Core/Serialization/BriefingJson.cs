using Storyline.Core.Briefings;
using Storyline.Core.Model;
using Storyline.Core.Reconciliation;
using Storyline.Core.Summaries;

namespace Storyline.Core.Serialization;

/// <summary>The briefing JSON: <c>{stories: [...]}</c>, one object per story.</summary>
public sealed record BriefingJson(IReadOnlyList<StoryBriefingJson> Stories)
{
    public static BriefingJson From(IEnumerable<Briefing> briefings) => new([.. briefings.Select(StoryBriefingJson.From)]);
}

/// <summary>One story's briefing; <c>claims</c> and <c>groups</c> are shaped as <c>figures --json</c> prints them.</summary>
public sealed record StoryBriefingJson(
    string Id,
    string Title,
    IReadOnlyList<BriefingArticleJson> Articles,
    IReadOnlyList<SummarySentenceJson> Summary,
    IReadOnlyList<TimelineEntryJson> Timeline,
    IReadOnlyList<ClaimJson> Claims,
    IReadOnlyList<ClaimGroupJson> Groups,
    IReadOnlyList<StorySourceJson> Sources,
    IReadOnlyList<StoryEntityJson> Entities,
    IReadOnlyList<StoryPlaceJson> Places)
{
    public static StoryBriefingJson From(Briefing briefing)
    {
        var figures = FiguresJson.From(briefing.Figures);
        return new(
            briefing.StoryId,
            briefing.Title,
            [.. briefing.Articles.Select(BriefingArticleJson.From)],
            [.. briefing.Summary.Select(SummarySentenceJson.From)],
            [.. briefing.Timeline.Select(t => new TimelineEntryJson(t.Date, t.Text, t.ArticleIds))],
            figures.Claims,
            figures.Groups,
            [.. briefing.Sources.Select(s => new StorySourceJson(s.Outlet, s.ArticleIds, s.OriginalSources, s.CopiesOf))],
            [.. briefing.Entities.Select(e => new StoryEntityJson(e.Key, e.Name, e.Type.ToString().ToLowerInvariant(), e.Mentions, e.ArticleIds))],
            [.. briefing.Places.Select(p => new StoryPlaceJson(p.Key, p.Name, p.Kind, p.CountryCode, p.Country, p.Latitude, p.Longitude, p.Mentions, p.ArticleIds))]);
    }
}

/// <summary>An article of a briefing: the article JSON fields, with the story's id for it and the article it copies, if any.</summary>
public sealed record BriefingArticleJson(
    string Id,
    string? Url,
    string? CanonicalUrl,
    string? Outlet,
    string? Title,
    IReadOnlyList<string> Authors,
    DateTimeOffset? Published,
    DateTimeOffset? Updated,
    string? Language,
    string Text,
    string ContentHash,
    string? CopyOf)
{
    public static BriefingArticleJson From(StoryArticle article)
    {
        var json = ArticleJson.From(article.Document);
        return new(
            article.Id, json.Url, json.CanonicalUrl, article.OutletName, json.Title, json.Authors, article.PublishedAt, json.Updated,
            json.Language, json.Text, json.ContentHash, article.OriginArticleId is { } origin && origin != article.Id ? origin : null);
    }
}

/// <summary>
/// A summary sentence with the span it was quoted from (<c>start</c>, <c>end</c>: offsets into its
/// article's <c>text</c>, as a claim's), so a citation can point at the sentence itself even where
/// <c>text</c> folds the article's whitespace.
/// </summary>
public sealed record SummarySentenceJson(string Text, string ArticleId, string? Outlet, int Start, int End)
{
    public static SummarySentenceJson From(SummarySentence sentence) =>
        new(sentence.Text, sentence.ArticleId, sentence.Outlet, sentence.Range.Start, sentence.Range.End);
}

public sealed record TimelineEntryJson(string Date, string Text, IReadOnlyList<string> ArticleIds);

public sealed record StorySourceJson(string Outlet, IReadOnlyList<string> ArticleIds, IReadOnlyList<string> OriginalSources, IReadOnlyList<string> CopiesOf);

public sealed record StoryEntityJson(string Key, string Name, string Type, int Mentions, IReadOnlyList<string> ArticleIds);

public sealed record StoryPlaceJson(
    string Key, string Name, string Kind, string CountryCode, string Country, double Lat, double Lon, int Mentions, IReadOnlyList<string> ArticleIds);

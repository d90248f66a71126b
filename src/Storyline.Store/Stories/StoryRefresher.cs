using System.Collections.Concurrent;
using System.Globalization;
using Storyline.Core.Briefings;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;
using Storyline.Core.Stories;

namespace Storyline.Store.Stories;

/// <summary>
/// Keeps the store's persisted stories current after ingests: places newly stored articles in
/// stories with <see cref="StoryClusterer"/> and rebuilds the briefings of the stories that changed,
/// and only those.
/// <para>
/// Flat cost per article: the clusterer's state is not saved; it is rebuilt by replaying only the
/// <em>active window</em>. A story whose last article is more than <see cref="StoryClusteringOptions.RetireAfter"/>
/// (60 days) older than the earliest new article is retired for the clusterer and can take no new
/// article, so the replay reads the new articles, every member of a story still open at that time,
/// and the non-articles published since (the copy detector must see them again). Each article's
/// clustering profile is rebuilt from what the save already stored (text, title, publication time,
/// entity and place mentions), so nothing is annotated again for clustering. For a stream that
/// arrives in publication order the window holds two months of news however large the store grows;
/// a back-filled old article widens it to its own time, once.
/// </para>
/// <para>
/// Stable ids: a replayed story keeps the id of the oldest stored story it contains (the rule
/// the clusterer applies to merges), else takes the clusterer's id, "story-" + its founding article's
/// content hash, as <c>brief</c> always printed. Stories not in the window are never touched.
/// </para>
/// <para>
/// Crash safety: new versions enter a queue (<c>story_pending</c>) in the save's own transaction;
/// the placement (memberships, exclusions, changed stories marked stale, queue cleared) is one
/// transaction; briefings are then built and written in batches, each write clearing the stale mark.
/// A process killed at any point leaves either the old or the new placement, and the next refresh
/// builds whatever is still stale, so a re-run finishes the job without duplicates.
/// </para>
/// One refresh runs at a time per instance; two processes refreshing one store at once stay
/// consistent (each write is a transaction, and a briefing is kept only if its story's membership
/// is still the one it was built from) but may redo each other's work.
/// </summary>
public sealed class StoryRefresher(
    ArticleStore store, DocumentPipeline annotator, BriefingBuilder? builder = null, StoryClusteringOptions? clustering = null, TimeProvider? clock = null)
{
    private const int ProfileChunk = 400;
    private const int BriefingBatch = 32;

    private readonly BriefingBuilder builder = builder ?? new BriefingBuilder();
    private readonly StoryClusteringOptions clustering = clustering ?? new StoryClusteringOptions();
    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Places every queued article and rebuilds every stale briefing.</summary>
    /// <param name="annotated">Documents the caller has already annotated (an ingest's), by article id, so they are not annotated again.</param>
    public async Task<StoryRefreshResult> RefreshAsync(IReadOnlyDictionary<long, Document>? annotated = null, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await StoreConnection.OpenAsync(store.Path, cancellationToken);
            var tables = new StoryTables(connection);
            var placement = await PlaceAsync(tables, cancellationToken);
            var built = await BuildStaleAsync(tables, annotated ?? new Dictionary<long, Document>(), cancellationToken);
            return placement with { BuiltBriefings = built };
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Builds story <paramref name="storyId"/>'s briefing now with other options (e.g. <c>brief --summary-words</c>), without storing it.</summary>
    public async Task<Briefing?> BuildAsync(string storyId, BriefingBuilder other, CancellationToken cancellationToken = default)
    {
        await using var connection = await StoreConnection.OpenAsync(store.Path, cancellationToken);
        var story = await new StoryTables(connection).StoryAsync(storyId, null, cancellationToken);
        if (story is null || story.Members.IsEmpty)
        {
            return null;
        }

        var articles = await AnnotatedAsync([story], new Dictionary<long, Document>(), cancellationToken);
        return other.Build(storyId, Members(story, articles));
    }

    private async Task<StoryRefreshResult> PlaceAsync(StoryTables tables, CancellationToken cancellationToken)
    {
        var pending = await tables.PendingAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return StoryRefreshResult.Nothing;
        }

        var anchor = await tables.EarliestPublishedAsync(pending, cancellationToken) ?? await tables.NewestPublishedAsync(cancellationToken);
        await tables.FillReplaySetAsync(pending, anchor - clustering.RetireAfter, cancellationToken);
        var order = await tables.ReplayOrderAsync(cancellationToken);
        var touched = await tables.TouchedStoriesAsync(cancellationToken);

        var clusterer = new StoryClusterer(clustering);
        var versions = new Dictionary<long, int>();
        var published = new Dictionary<long, DateTimeOffset?>();
        foreach (var chunk in order.Chunk(ProfileChunk))
        {
            var profiles = await tables.ProfilesAsync(chunk, cancellationToken);
            foreach (var id in chunk)
            {
                if (profiles.TryGetValue(id, out var profile))
                {
                    versions[id] = profile.Version;
                    published[id] = profile.Profile.Published;
                    clusterer.Add(profile.Profile);
                }
            }
        }

        var replayed = versions.Keys.ToHashSet();
        var oldStoryOf = touched.Values.SelectMany(s => s.Members.Select(m => (m.ArticleId, s.Id))).ToDictionary(p => p.ArticleId, p => p.Id);

        // A touched story that keeps members outside the replay (a retired story that lost a re-versioned
        // article) keeps its id and its other members.
        var placed = new List<PlacedStory>();
        var changed = new List<PlacedStory>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var story in touched.Values)
        {
            var remaining = story.Members.Where(m => !replayed.Contains(m.ArticleId)).ToArray();
            if (remaining.Length > 0)
            {
                taken.Add(story.Id);
                placed.Add(story with { Members = [.. remaining] });
                changed.Add(placed[^1]);
            }
        }

        foreach (var snapshot in clusterer.Stories)
        {
            var members = snapshot.ArticleIds.Select(id => long.Parse(id, CultureInfo.InvariantCulture)).ToArray();
            var id = members.Select(m => oldStoryOf.GetValueOrDefault(m)).OfType<string>().Distinct(StringComparer.Ordinal)
                .Where(old => !taken.Contains(old))
                .OrderBy(old => touched[old].FirstPublished ?? DateTimeOffset.MaxValue).ThenBy(old => old, StringComparer.Ordinal)
                .FirstOrDefault() ?? await FreeIdAsync(tables, snapshot.Id, touched, taken, cancellationToken);
            taken.Add(id);
            var story = new PlacedStory(
                id, snapshot.FirstPublished, snapshot.LastPublished,
                [.. members.Select(m => new StoryMember(m, versions[m], OriginOf(clusterer, m)))]);
            placed.Add(story);
            if (!touched.TryGetValue(id, out var before) || before.Signature != story.Signature)
            {
                changed.Add(story);
            }
        }

        var removed = touched.Keys.Where(id => !taken.Contains(id)).ToList();
        var exclusions = order.Where(id => clusterer.NonArticles.ContainsKey(id.ToString(CultureInfo.InvariantCulture)) && versions.ContainsKey(id))
            .Select(id => (id, versions[id], clusterer.NonArticles[id.ToString(CultureInfo.InvariantCulture)])).ToList();
        await tables.WritePlacementAsync(placed, changed, removed, exclusions, pending, Now(), cancellationToken);
        return new StoryRefreshResult(pending.Count, order.Count, [.. changed.Select(s => s.Id)], [.. removed], 0);
    }

    /// <summary>The clusterer's id for a new story, suffixed when a stored story that is not being replaced already has it.</summary>
    private static async Task<string> FreeIdAsync(
        StoryTables tables, string proposed, Dictionary<string, PlacedStory> touched, HashSet<string> taken, CancellationToken cancellationToken)
    {
        var id = proposed;
        for (var n = 2; taken.Contains(id) || (!touched.ContainsKey(id) && await tables.StoryExistsAsync(id, cancellationToken)); n++)
        {
            id = FormattableString.Invariant($"{proposed}-{n}");
        }

        return id;
    }

    private static long? OriginOf(StoryClusterer clusterer, long articleId)
    {
        var id = articleId.ToString(CultureInfo.InvariantCulture);
        var origin = clusterer.Copies.OriginOf(id);
        return origin is not null && origin != id && long.TryParse(origin, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private async Task<int> BuildStaleAsync(StoryTables tables, IReadOnlyDictionary<long, Document> annotated, CancellationToken cancellationToken)
    {
        var built = 0;
        var attempted = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var ids = (await tables.StaleStoriesAsync(BriefingBatch + attempted.Count, cancellationToken)).Where(attempted.Add).Take(BriefingBatch).ToList();
            if (ids.Count == 0)
            {
                return built;
            }

            var stories = new List<PlacedStory>();
            foreach (var id in ids)
            {
                if (await tables.StoryAsync(id, null, cancellationToken) is { Members.IsEmpty: false } story)
                {
                    stories.Add(story);
                }
            }

            var documents = await AnnotatedAsync(stories, annotated, cancellationToken);
            var briefings = new (PlacedStory Story, MaterialisedStory Briefing)[stories.Count];
            Parallel.For(0, stories.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
                briefings[i] = (stories[i], MaterialisedStory.From(builder.Build(stories[i].Id, Members(stories[i], documents)))));
            built += await tables.WriteBriefingsAsync(briefings, Now(), cancellationToken);
        }
    }

    /// <summary>The members' documents with every language layer: the caller's when it has them, else read back and annotated.</summary>
    private async Task<Dictionary<long, Document>> AnnotatedAsync(
        IReadOnlyList<PlacedStory> stories, IReadOnlyDictionary<long, Document> annotated, CancellationToken cancellationToken)
    {
        var documents = new ConcurrentDictionary<long, Document>();
        var missing = new List<StoredArticle>();
        foreach (var member in stories.SelectMany(s => s.Members))
        {
            if (annotated.TryGetValue(member.ArticleId, out var known))
            {
                documents[member.ArticleId] = known;
            }
            else if (!documents.ContainsKey(member.ArticleId) && await store.GetAsync(member.ArticleId, member.Version, cancellationToken) is { } stored)
            {
                missing.Add(stored);
            }
        }

        await Parallel.ForEachAsync(missing.DistinctBy(m => m.Id), cancellationToken, (stored, _) =>
        {
            documents[stored.Id] = annotator.Run(stored.Document);
            return ValueTask.CompletedTask;
        });
        return new Dictionary<long, Document>(documents);
    }

    private static List<StoryArticle> Members(PlacedStory story, Dictionary<long, Document> documents) =>
    [
        .. story.Members.Where(m => documents.ContainsKey(m.ArticleId)).Select(m => new StoryArticle(
            m.ArticleId.ToString(CultureInfo.InvariantCulture),
            documents[m.ArticleId],
            OriginArticleId: m.OriginArticleId?.ToString(CultureInfo.InvariantCulture))),
    ];

    private string Now() => Timestamps.Utc(clock.GetUtcNow());
}

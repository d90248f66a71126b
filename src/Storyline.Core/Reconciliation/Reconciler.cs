using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Storyline.Core.Model;

namespace Storyline.Core.Reconciliation;

/// <summary>
/// Reconciles the figures of one story: collects the claims of its articles, compares the claims of
/// each category pairwise (each against its nearest predecessors in time, so the cost stays linear in
/// the number of claims), groups those that measure the same quantity, and gives each group a
/// best / low / high estimate and its number of independent original sources.
/// </summary>
public sealed class Reconciler(ClaimComparer comparer, SourceAuthority authority)
{
    /// <summary>How many earlier claims of its category each claim is compared with.</summary>
    public const int Window = 64;

    /// <summary>Categories that are listed but not reconciled: what they count is not known well enough
    /// ("other"), or a sum's purpose (damage, aid, compensation) is not read yet ("money").</summary>
    private static readonly FrozenSet<string> Unreconciled = FrozenSet.Create(StringComparer.Ordinal, "other", "money");

    private static readonly FrozenDictionary<string, string> Families =
        EmbeddedResource.Rows("figure-category-families.tsv").ToFrozenDictionary(r => r[0], r => r[1], StringComparer.Ordinal);

    public Reconciler()
        : this(ClaimComparer.Default, SourceAuthority.Default)
    {
    }

    /// <summary>The category a claim is compared under: "fled" and "evacuated" are counted with "displaced".</summary>
    public static string Family(string category) => Families.GetValueOrDefault(category, category);

    public StoryReconciliation Reconcile(IReadOnlyList<StoryArticle> articles)
    {
        var claims = Collect(articles);
        var outlets = articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().OutletName, StringComparer.Ordinal);
        var facts = claims.Select(c => ClaimFacts.Of(c, c.OriginArticleId is { } origin ? outlets.GetValueOrDefault(origin) ?? origin : null, authority)).ToArray();

        var relations = ImmutableArray.CreateBuilder<ClaimRelation>();
        var groups = ImmutableArray.CreateBuilder<ClaimGroup>();
        foreach (var bucket in facts.Where(f => !Unreconciled.Contains(f.Claim.Category)).GroupBy(f => Family(f.Claim.Category), StringComparer.Ordinal))
        {
            var ordered = bucket.OrderBy(f => f.Order).ToArray();
            var bucketRelations = new List<ClaimRelation>();
            for (var i = 0; i < ordered.Length; i++)
            {
                for (var j = Math.Max(0, i - Window); j < i; j++)
                {
                    if (comparer.Relate(ordered[i], ordered[j]) is { } relation)
                    {
                        bucketRelations.Add(relation);
                    }
                }
            }

            relations.AddRange(bucketRelations);
            groups.AddRange(Group(bucket.Key, ordered, bucketRelations, groups.Count));
        }

        return new StoryReconciliation(claims, relations.ToImmutable(), groups.ToImmutable());
    }

    /// <summary>Every claim of every article, with ids "{article}#{n}".</summary>
    public static ImmutableArray<StoryClaim> Collect(IReadOnlyList<StoryArticle> articles)
    {
        var claims = ImmutableArray.CreateBuilder<StoryClaim>();
        foreach (var article in articles)
        {
            var document = article.Document;
            var sentences = document.Get(Layers.Sentences);
            var sentence = 0;
            var number = 0;
            foreach (var claim in document.Get(Layers.Claims))
            {
                while (sentence + 1 < sentences.Length && sentences[sentence].Range.End <= claim.Range.Start)
                {
                    sentence++;
                }

                var text = sentences.Length > 0 ? document.TextOf(sentences[sentence]) : claim.Figure.Text;
                claims.Add(new StoryClaim(
                    string.Create(CultureInfo.InvariantCulture, $"{article.Id}#{++number}"),
                    article.Id,
                    article.OutletName,
                    article.PublishedAt,
                    article.OriginArticleId,
                    text,
                    claim));
            }
        }

        return claims.ToImmutable();
    }

    private static IEnumerable<ClaimGroup> Group(string category, ClaimFacts[] ordered, List<ClaimRelation> relations, int firstNumber)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Length; i++)
        {
            index[ordered[i].Story.Id] = i;
        }

        var parent = Enumerable.Range(0, ordered.Length).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        foreach (var relation in relations.Where(r => r.SameQuantity))
        {
            parent[Find(index[relation.ClaimId])] = Find(index[relation.OtherId]);
        }

        var superseded = Superseded(relations, ordered);
        var number = firstNumber;
        foreach (var members in Enumerable.Range(0, ordered.Length).GroupBy(Find).Select(g => g.Select(i => ordered[i]).ToArray()))
        {
            var ids = members.Select(m => m.Story.Id).ToFrozenSet(StringComparer.Ordinal);
            var evidence = relations.Where(r => ids.Contains(r.ClaimId) && ids.Contains(r.OtherId)).ToImmutableArray();
            var current = members.Where(m => !superseded.Contains(m.Story.Id) && !m.Claim.Projection).ToArray();
            if (current.Length == 0)
            {
                current = [members[^1]];
            }

            // UCDP: best from the most reliable source still standing, the lower figure when tied.
            var best = current
                .OrderByDescending(m => m.Rank ?? SourceRank.Humanitarian)
                .ThenBy(m => m.Figure.Value)
                .First();
            var currentIds = current.Select(c => c.Story.Id).ToFrozenSet(StringComparer.Ordinal);
            var sources = IndependentSources(members);
            yield return new ClaimGroup(
                string.Create(CultureInfo.InvariantCulture, $"g{++number}"),
                [.. members.Select(m => m.Story.Id)],
                [.. current.Select(m => m.Story.Id)],
                category,
                best.Claim.Subject,
                best.Claim.Place,
                Latest(current),
                Label(evidence, currentIds, members.Length),
                best.Figure.Value,
                current.Min(m => m.Figure.Value),
                current.Max(m => m.Figure.Value),
                best.Story.Id,
                sources.Length,
                sources,
                evidence);
        }
    }

    /// <summary>Claims a later figure supersedes, and the restatements of those figures by the same source.</summary>
    private static HashSet<string> Superseded(List<ClaimRelation> relations, ClaimFacts[] ordered)
    {
        var superseded = relations.Where(r => r.Kind == ClaimRelationKind.Updated).Select(r => r.OtherId).ToHashSet(StringComparer.Ordinal);
        var byId = ordered.ToDictionary(f => f.Story.Id, StringComparer.Ordinal);
        var agreed = relations.Where(r => r.Kind == ClaimRelationKind.Agreed && byId[r.ClaimId].Source.Matches(byId[r.OtherId].Source)).ToArray();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var relation in agreed)
            {
                if (superseded.Contains(relation.ClaimId) != superseded.Contains(relation.OtherId))
                {
                    superseded.Add(relation.ClaimId);
                    superseded.Add(relation.OtherId);
                    changed = true;
                }
            }
        }

        return superseded;
    }

    // Contested figures still standing name the group; a dispute settled by an update does not.
    private static ClaimRelationKind Label(ImmutableArray<ClaimRelation> evidence, FrozenSet<string> current, int size)
    {
        if (evidence.Any(r => r.Kind == ClaimRelationKind.Contested && current.Contains(r.ClaimId) && current.Contains(r.OtherId)))
        {
            return ClaimRelationKind.Contested;
        }

        foreach (var kind in (ClaimRelationKind[])[ClaimRelationKind.Updated, ClaimRelationKind.Refined, ClaimRelationKind.Compatible])
        {
            if (evidence.Any(r => r.Kind == kind))
            {
                return kind;
            }
        }

        return size > 1 && evidence.Any(r => r.Kind == ClaimRelationKind.Agreed) ? ClaimRelationKind.Agreed : ClaimRelationKind.Single;
    }

    private static ClaimTime? Latest(ClaimFacts[] current)
    {
        var latest = current.Where(c => c.Claim.Time is not null).MaxBy(c => c.Claim.Time!.AsOf);
        return latest?.Claim.Time;
    }

    /// <summary>Distinct original sources: sources that match one another count once; wire copies carry their original's outlet.</summary>
    private static ImmutableArray<string> IndependentSources(ClaimFacts[] members)
    {
        var distinct = new List<SourceIdentity>();
        foreach (var member in members)
        {
            if (!distinct.Any(d => d.Matches(member.Source)))
            {
                distinct.Add(member.Source);
            }
        }

        return [.. distinct.Select(d => d.IsOutlet ? "(outlet) " + d.Name : d.Name)];
    }
}

namespace Storyline.Core.Stories;

/// <summary>
/// Recognises the same text published several times (a wire story republished by many outlets, an
/// article ingested as HTML and as a text dump) and links every copy to one origin, so that
/// reconciliation can count a group of copies as one independent source. Online: each article is
/// compared, through an LSH index over MinHash signatures of its word shingles, with the articles
/// before it. The origin of a group is its earliest published member; among members of the same or
/// unknown time, one crediting an agency, then the first seen. Only the last <c>window</c> texts
/// are compared with, since copies of a story appear within days.
/// </summary>
public sealed class WireCopyLinker(double minimumJaccard = 0.6, int window = 50_000)
{
    private readonly MinHasher _hasher = new(hashCount: 128);
    private readonly NearDuplicateIndex _index = new(bands: 32, rows: 4, capacity: window);
    private readonly Dictionary<string, CopyGroup> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Member> _members = new(StringComparer.Ordinal);

    public double MinimumJaccard { get; } = minimumJaccard;

    /// <summary>Every copy mapped to its origin; articles that are nobody's copy are absent.</summary>
    public IReadOnlyDictionary<string, string> Origins =>
        _groups.Values.Distinct().SelectMany(g => g.Members.Where(m => m.Id != g.Origin.Id).Select(m => (m.Id, g.Origin.Id)))
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    /// <summary>The origin of an article's copy group, or the article itself.</summary>
    public string OriginOf(string articleId) => _groups.TryGetValue(articleId, out var group) ? group.Origin.Id : articleId;

    /// <summary>When an added article was published, if known.</summary>
    public DateTimeOffset? PublishedOf(string articleId) => _members.TryGetValue(articleId, out var member) ? member.Published : null;

    /// <summary>The agency credited by some copy of the article, when any is.</summary>
    public string? AgencyOf(string articleId) =>
        _groups.TryGetValue(articleId, out var group) ? group.Agency
        : _members.TryGetValue(articleId, out var member) ? member.Agency
        : null;

    /// <summary>
    /// Files an article's text; returns the match when it copies an earlier one, else null.
    /// An article already added is not filed twice.
    /// </summary>
    public WireCopyMatch? Add(string articleId, string text, DateTimeOffset? published)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(text);
        if (_members.ContainsKey(articleId))
        {
            throw new ArgumentException($"Article '{articleId}' was already added.", nameof(articleId));
        }

        var shingles = Shingles.Of(text);
        var member = new Member(articleId, published, WireCredit.Default.AgencyOf(text), _members.Count);
        _members[articleId] = member;
        if (shingles.Count == 0)
        {
            return null;
        }

        var signature = _hasher.Sign(shingles);
        var matches = _index.Find(signature, MinimumJaccard);
        _index.Add(articleId, signature);
        if (matches.Count == 0)
        {
            return null;
        }

        var (nearest, jaccard) = matches[0];
        if (!_groups.TryGetValue(nearest, out var group))
        {
            group = new CopyGroup(_members[nearest]);
            _groups[nearest] = group;
        }

        group.Add(member);
        _groups[articleId] = group;
        return new WireCopyMatch(articleId, nearest, jaccard, group.Origin.Id, group.Agency);
    }

    private sealed record Member(string Id, DateTimeOffset? Published, string? Agency, int Arrival)
    {
        /// <summary>Whether this member is a better origin than <paramref name="other"/>.</summary>
        public bool Precedes(Member other)
        {
            if (Published is { } mine && other.Published is { } theirs && mine != theirs)
            {
                return mine < theirs;
            }

            if (Published is not null != other.Published is not null)
            {
                return Published is not null;
            }

            if (Agency is not null != other.Agency is not null)
            {
                return Agency is not null;
            }

            return Arrival < other.Arrival;
        }
    }

    private sealed class CopyGroup(Member first)
    {
        public List<Member> Members { get; } = [first];

        public Member Origin { get; private set; } = first;

        public string? Agency { get; private set; } = first.Agency;

        public void Add(Member member)
        {
            Members.Add(member);
            Agency ??= member.Agency;
            if (member.Precedes(Origin))
            {
                Origin = member;
            }
        }
    }
}

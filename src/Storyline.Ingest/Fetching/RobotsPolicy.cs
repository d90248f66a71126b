using System.Globalization;

namespace Storyline.Ingest.Fetching;

/// <summary>
/// The rules robots.txt sets for one crawler (RFC 9309): the groups naming our product token, or
/// else the "*" groups; the longest matching Allow/Disallow pattern wins, Allow on a tie; "*" and
/// a trailing "$" are honoured; Crawl-delay is read as a politeness hint.
/// </summary>
public sealed class RobotsPolicy
{
    private readonly IReadOnlyList<(string Pattern, bool Allow)> _rules;

    private RobotsPolicy(IReadOnlyList<(string Pattern, bool Allow)> rules, TimeSpan? crawlDelay)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    public static RobotsPolicy AllowAll { get; } = new([], null);

    public static RobotsPolicy DisallowAll { get; } = new([("/", false)], null);

    public TimeSpan? CrawlDelay { get; }

    public static RobotsPolicy Parse(string robotsTxt, string productToken)
    {
        var groups = new List<Group>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in robotsTxt.Split('\n'))
        {
            var line = rawLine.Split('#', 2)[0].Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key is "user-agent" or "useragent")
            {
                if (current is null || !lastWasAgent)
                {
                    current = new Group();
                    groups.Add(current);
                }

                current.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            switch (key)
            {
                case "allow" when current is not null && value.Length > 0:
                    current.Rules.Add((value, true));
                    break;
                case "disallow" when current is not null && value.Length > 0:
                    current.Rules.Add((value, false));
                    break;
                case "crawl-delay" when current is not null
                    && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0:
                    // Capped so a hostile robots.txt cannot stall a run indefinitely.
                    current.CrawlDelay = TimeSpan.FromSeconds(Math.Min(seconds, 60));
                    break;
            }
        }

        var token = productToken.ToLowerInvariant();
        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && a.Length > 0 && token.StartsWith(a, StringComparison.Ordinal))).ToList();
        if (mine.Count == 0)
        {
            mine = groups.Where(g => g.Agents.Contains("*")).ToList();
        }

        return new RobotsPolicy(
            mine.SelectMany(g => g.Rules).ToList(),
            mine.Select(g => g.CrawlDelay).Where(d => d is not null).DefaultIfEmpty(null).Max());
    }

    /// <param name="pathAndQuery">The URL's path and query, as sent on the wire.</param>
    public bool IsAllowed(string pathAndQuery)
    {
        if (pathAndQuery.Equals("/robots.txt", StringComparison.Ordinal))
        {
            return true;
        }

        var bestLength = -1;
        var allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            if (pattern.Length < bestLength || !Matches(pattern, pathAndQuery))
            {
                continue;
            }

            if (pattern.Length > bestLength || allow)
            {
                allowed = allow;
                bestLength = pattern.Length;
            }
        }

        return allowed;
    }

    /// <summary>Prefix match with "*" (any run) and a final "$" (end of path); iterative, backtracking only to the last star.</summary>
    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored)
        {
            pattern = pattern[..^1];
        }

        int p = 0, s = 0, starP = -1, starS = 0;
        while (true)
        {
            if (p == pattern.Length && (!anchored || s == path.Length))
            {
                return true;
            }

            if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++;
                starS = s;
                continue;
            }

            if (p < pattern.Length && s < path.Length && pattern[p] == path[s])
            {
                p++;
                s++;
                continue;
            }

            if (starP < 0 || starS >= path.Length)
            {
                return false;
            }

            p = starP + 1;
            s = ++starS;
        }
    }

    /// <summary>Parse-time accumulator for one User-agent group.</summary>
    private sealed class Group
    {
        public List<string> Agents { get; } = [];

        public List<(string Pattern, bool Allow)> Rules { get; } = [];

        public TimeSpan? CrawlDelay { get; set; }
    }
}

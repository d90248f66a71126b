using System.Diagnostics;
using Storyline.Ingest.Fetching;

namespace Storyline.Ingest.Tests.Fetching;

public sealed class HostPolitenessTests
{
    [Fact]
    public async Task Concurrent_requests_to_one_host_are_spaced_and_other_hosts_are_not_held_up()
    {
        var politeness = new HostPoliteness();
        var gap = TimeSpan.FromMilliseconds(150);
        var clock = Stopwatch.StartNew();
        var sameHost = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
        {
            await politeness.WaitTurnAsync("news.example", gap, CancellationToken.None);
            return clock.Elapsed;
        }));
        var otherHostStart = clock.Elapsed;
        await politeness.WaitTurnAsync("other.example", gap, CancellationToken.None);
        var otherHostWait = clock.Elapsed - otherHostStart;

        Array.Sort(sameHost);
        Assert.True(sameHost[1] - sameHost[0] >= gap - TimeSpan.FromMilliseconds(20), $"gap {sameHost[1] - sameHost[0]}");
        Assert.True(sameHost[2] - sameHost[1] >= gap - TimeSpan.FromMilliseconds(20), $"gap {sameHost[2] - sameHost[1]}");
        Assert.True(otherHostWait < gap, $"other host waited {otherHostWait}");
    }
}

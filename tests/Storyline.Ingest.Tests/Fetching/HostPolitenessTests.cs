using System.Collections.Concurrent;
using Storyline.Ingest.Fetching;

namespace Storyline.Ingest.Tests.Fetching;

public sealed class HostPolitenessTests
{
    [Fact]
    public async Task Concurrent_requests_to_one_host_get_successive_slots_and_other_hosts_wait_for_nobody()
    {
        // The clock stands still, so each reservation's wait is exact; timers still fire for real.
        var time = new FrozenClock();
        var politeness = new HostPoliteness(time);
        var gap = TimeSpan.FromMilliseconds(40);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => politeness.WaitTurnAsync("news.example", gap, CancellationToken.None)));
        await politeness.WaitTurnAsync("other.example", gap, CancellationToken.None);

        Assert.Equal([gap, 2 * gap], time.RequestedDelays.Order());
    }

    [Fact]
    public async Task Waiting_can_be_cancelled()
    {
        var politeness = new HostPoliteness();
        await politeness.WaitTurnAsync("news.example", TimeSpan.FromMinutes(5), CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => politeness.WaitTurnAsync("news.example", TimeSpan.FromMinutes(5), cancel.Token));
    }

    private sealed class FrozenClock : TimeProvider
    {
        private readonly DateTimeOffset _now = new(2020, 3, 3, 14, 5, 0, TimeSpan.Zero);

        public ConcurrentBag<TimeSpan> RequestedDelays { get; } = [];

        public override DateTimeOffset GetUtcNow() => _now;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            RequestedDelays.Add(dueTime);
            return base.CreateTimer(callback, state, dueTime, period);
        }
    }
}
